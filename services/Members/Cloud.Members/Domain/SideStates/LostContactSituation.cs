namespace Cloud.Members.Domain.SideStates;

/// <summary>失联党员 → 停止党籍 → 除名 or 恢复党籍 (M24).</summary>
public enum LostContactSituation
{
    LostContact,

    /// <summary>停止党籍.</summary>
    Suspended,

    /// <summary>恢复党籍, or contact regained before suspension.</summary>
    Restored,

    /// <summary>自行脱党除名.</summary>
    Removed,
}
