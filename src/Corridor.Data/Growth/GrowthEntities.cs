namespace Corridor.Data.Growth;

/// <summary>The five elements of a corridor (DOMAIN.md); each is rated on the growth model's five levels.</summary>
public enum GrowthElement { MaterialInventory, ProjectsCalendar, TransportHubs, ChainDirector, RulesOfTheGame }

/// <summary>
/// A dated self-assessment of one element: of the whole corridor (organisation null, by the chain director) or of one
/// organisation's part in it (by the director or that organisation's partner).
/// </summary>
public sealed class GrowthAssessment
{
    public int Id { get; set; }
    public int CorridorId { get; set; }
    public int? OrganisationId { get; set; }
    public GrowthElement Element { get; set; }
    /// <summary>1 Ad-hoc, 2 Pioneer, 3 Process, 4 System, 5 Network.</summary>
    public int Level { get; set; }
    public required string Evidence { get; set; }
    public string? EvidenceLink { get; set; }
    public DateOnly AssessedOn { get; set; }
    public int? AssessedByUserId { get; set; }
    /// <summary>The assessor's name as shown (kept when the account goes).</summary>
    public required string AssessedBy { get; set; }
    public DateTime CreatedUtc { get; set; }
}
