namespace Corridor.Data.Growth;

/// <summary>The five elements of a corridor (DOMAIN.md); each is rated on the growth model's five levels.</summary>
public enum GrowthElement
{
    /// <summary>The material inventory of the projects.</summary>
    MaterialInventory,
    /// <summary>The shared calendar of projects.</summary>
    ProjectsCalendar,
    /// <summary>Transport and hubs.</summary>
    TransportHubs,
    /// <summary>The chain director who runs the corridor.</summary>
    ChainDirector,
    /// <summary>The rules of the game the partners agreed.</summary>
    RulesOfTheGame,
}

/// <summary>
/// A dated self-assessment of one element: of the whole corridor (organisation null, by the chain director) or of one
/// organisation's part in it (by the director or that organisation's partner).
/// </summary>
public sealed class GrowthAssessment
{
    /// <summary>The assessment's key.</summary>
    public int Id { get; set; }
    /// <summary>The corridor the assessment belongs to.</summary>
    public int CorridorId { get; set; }
    /// <summary>The organisation assessed; null: the corridor as a whole.</summary>
    public int? OrganisationId { get; set; }
    /// <summary>Which element of the growth model is assessed.</summary>
    public GrowthElement Element { get; set; }
    /// <summary>1 Ad-hoc, 2 Pioneer, 3 Process, 4 System, 5 Network.</summary>
    public int Level { get; set; }
    /// <summary>What shows the level, in words.</summary>
    public required string Evidence { get; set; }
    /// <summary>A link to the evidence.</summary>
    public string? EvidenceLink { get; set; }
    /// <summary>The day of the assessment.</summary>
    public DateOnly AssessedOn { get; set; }
    /// <summary>Who assessed, when signed in.</summary>
    public int? AssessedByUserId { get; set; }
    /// <summary>The assessor's name as shown (kept when the account goes).</summary>
    public required string AssessedBy { get; set; }
    /// <summary>When the assessment was created (UTC).</summary>
    public DateTime CreatedUtc { get; set; }
}
