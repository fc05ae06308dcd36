namespace Corridor.Engine.Domain;

/// <summary>Whether a lot is released by its project (supply) or needed by it (demand).</summary>
public enum LotDirection { Supply, Demand }

/// <summary>Units a lot's quantity may be expressed in.</summary>
public enum QuantityUnit { Pcs, M, M2, M3, Kg, T }

/// <summary>Quality grade: A reusable as is, B needs reconditioning, C recycling only. A is best.</summary>
public enum QualityGrade { A, B, C }

public enum ProjectKind { Demolition, Renovation, NewBuild, Infrastructure, VacantBuilding }

public enum ProjectStatus { Planned, Confirmed, Started, Done }

public enum LotStatus { Inventoried, Reserved, Harvested, Stored, Delivered, Installed, Recycled, Disposed }

public enum OrganisationType
{
    Municipality,
    DemolitionContractor,
    Contractor,
    HousingCorporation,
    Developer,
    Architect,
    Wholesaler,
    HubOperator,
}

/// <summary>A planned match's life: proposed by the engine, accepted by both sides, then followed to installation.</summary>
public enum MatchStatus { Proposed, Accepted, Reserved, Harvested, InTransit, AtHub, Delivered, Installed, Rejected, Cancelled }
