namespace Cloud.Portal.Components.Pages.Organizations;

/// <summary>How ratings read: 一类 to 四类, ★★★.</summary>
public static class RatingWords
{
    public static string Grade(int? grade) => grade switch { 1 => "一类", 2 => "二类", 3 => "三类", 4 => "四类", _ => "—" };

    public static string Stars(int? stars) => stars is { } s ? new string('★', s) : "—";
}
