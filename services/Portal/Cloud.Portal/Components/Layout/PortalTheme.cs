using MudBlazor;

namespace Cloud.Portal.Components.Layout;

/// <summary>Party red as the primary colour, on the Chinese system fonts.</summary>
public static class PortalTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#C62828",
            AppbarBackground = "#C62828",
            Secondary = "#8D6E63",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "sans-serif"],
            },
        },
    };
}
