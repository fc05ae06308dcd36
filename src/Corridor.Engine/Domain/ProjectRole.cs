namespace Corridor.Engine.Domain;

/// <summary>What a project is to the corridor: it releases material (donor), needs it (receiver), or both.</summary>
public enum ProjectRole
{
    /// <summary>Releases material (supply lots only).</summary>
    Donor,
    /// <summary>Needs material (demand lots only).</summary>
    Receiver,
    /// <summary>Releases and needs material.</summary>
    Both,
}

/// <summary>How a project's role follows from its kind and lots.</summary>
public static class ProjectRoles
{
    /// <summary>From the lots a project has; from its kind while it has none (demolition and vacant buildings give, renovation both, the rest need).</summary>
    public static ProjectRole Of(ProjectKind kind, int supplyLots, int demandLots) => (supplyLots > 0, demandLots > 0) switch
    {
        (true, true) => ProjectRole.Both,
        (true, false) => ProjectRole.Donor,
        (false, true) => ProjectRole.Receiver,
        _ => kind switch
        {
            ProjectKind.Demolition or ProjectKind.VacantBuilding => ProjectRole.Donor,
            ProjectKind.Renovation => ProjectRole.Both,
            _ => ProjectRole.Receiver,
        },
    };
}
