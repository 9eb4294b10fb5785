using System.Collections.Frozen;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Cloud.Portal;

/// <summary>MudBlazor's own texts (pagers, pickers, dialogs) in Chinese; what is not listed keeps MudBlazor's default.</summary>
public sealed class ChineseMudLocalizer : MudLocalizer
{
    private static readonly FrozenDictionary<string, string> Texts = new Dictionary<string, string>
    {
        ["MudAlert_Close"] = "关闭",
        ["MudBaseDatePicker_NextMonth"] = "下个月",
        ["MudBaseDatePicker_NextYear"] = "下一年",
        ["MudBaseDatePicker_Open"] = "打开日期选择",
        ["MudBaseDatePicker_PrevMonth"] = "上个月",
        ["MudBaseDatePicker_PrevYear"] = "上一年",
        ["MudBreadcrumbs_Label"] = "位置",
        ["MudChip_Close"] = "移除",
        ["MudDataGridPager_AllItems"] = "全部",
        ["MudDataGridPager_FirstPage"] = "第一页",
        ["MudDataGridPager_InfoFormat"] = "第 {first_item}-{last_item} 条，共 {all_items} 条",
        ["MudDataGridPager_LastPage"] = "最后一页",
        ["MudDataGridPager_NextPage"] = "下一页",
        ["MudDataGridPager_PreviousPage"] = "上一页",
        ["MudDataGridPager_RowsPerPage"] = "每页条数：",
        ["MudDataGrid_Loading"] = "加载中…",
        ["MudDateRangePicker_End"] = "结束日期",
        ["MudDateRangePicker_Start"] = "开始日期",
        ["MudDialog_Close"] = "关闭",
        ["MudFileUpload_Button"] = "选择文件",
        ["MudFileUpload_DragAndDrop"] = "拖放文件到此处",
        ["MudFileUpload_FileSizeError"] = "文件过大",
        ["MudFormComponent_Required"] = "必填",
        ["MudInput_Clear"] = "清除",
        ["MudInput_Decrement"] = "减少",
        ["MudInput_Increment"] = "增加",
        ["MudNavGroup_ToggleExpand"] = "展开或收起",
        ["MudPagination_CurrentPage"] = "当前页",
        ["MudPagination_FirstPage"] = "第一页",
        ["MudPagination_LastPage"] = "最后一页",
        ["MudPagination_NextPage"] = "下一页",
        ["MudPagination_PageIndex"] = "第 {0} 页",
        ["MudPagination_PreviousPage"] = "上一页",
        ["MudSelect_SelectAll"] = "全选",
        ["MudSnackbar_Close"] = "关闭",
        ["MudStepper_Complete"] = "完成",
        ["MudStepper_Next"] = "下一步",
        ["MudStepper_Previous"] = "上一步",
        ["MudStepper_Reset"] = "重新开始",
        ["MudStepper_Skip"] = "跳过",
        ["MudTablePager_FirstPage"] = "第一页",
        ["MudTablePager_LastPage"] = "最后一页",
        ["MudTablePager_NextPage"] = "下一页",
        ["MudTablePager_PreviousPage"] = "上一页",
        ["MudTable_Loading"] = "加载中…",
        ["MudTable_SelectAllRows"] = "全选",
        ["MudTable_SelectRow"] = "选择此行",
        ["MudTimePicker_Open"] = "打开时间选择",
        ["MudTreeView_CollapseItem"] = "收起",
        ["MudTreeView_ExpandItem"] = "展开",
    }.ToFrozenDictionary();

    public override LocalizedString this[string key] =>
        Texts.TryGetValue(key, out var text) ? new LocalizedString(key, text) : base[key];
}
