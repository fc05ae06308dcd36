namespace Corridor.Engine.Domain;

/// <summary>Mass of a lot in kg: given, or derived from its category's typical unit mass and then flagged estimated.</summary>
public readonly record struct LotMass(double MassKg, bool IsEstimated)
{
    /// <summary>
    /// Resolves a lot's mass. Kg and t convert exactly; other units use the category's typical mass per unit when the
    /// lot is expressed in the category's default unit. Returns null when no mass can be derived.
    /// </summary>
    public static LotMass? Resolve(decimal quantity, QuantityUnit unit, double? givenMassKg, MaterialCategory category)
    {
        if (givenMassKg is { } given) return new LotMass(given, false);
        return unit switch
        {
            QuantityUnit.Kg => new LotMass((double)quantity, false),
            QuantityUnit.T => new LotMass((double)quantity * 1000, false),
            _ when unit == category.DefaultUnit => new LotMass((double)quantity * category.TypicalKgPerUnit, true),
            _ => null,
        };
    }
}
