using System.Globalization;

namespace Corridor.Engine.Domain;

/// <summary>
/// A mass, kept in kg. The one place where kg, tonnes and grams convert: everything else says
/// <see cref="FromTonnes"/>, <see cref="Tonnes"/> (or <see cref="KgToTonnes(double)"/> for a plain number) instead of a literal 1000.
/// </summary>
public readonly record struct Mass : IComparable<Mass>
{
    /// <summary>kg in one metric tonne.</summary>
    public const double KgPerTonne = 1000;

    /// <summary>Grams in one kg.</summary>
    public const double GramsPerKg = 1000;

    Mass(double kg) => Kg = kg;

    /// <summary>The mass in kg.</summary>
    public double Kg { get; }

    /// <summary>The mass in metric tonnes.</summary>
    public double Tonnes => Kg / KgPerTonne;

    /// <summary>The mass in grams.</summary>
    public double Grams => Kg * GramsPerKg;

    /// <summary>No mass (0 kg).</summary>
    public static Mass Zero => default;

    /// <summary>A mass of <paramref name="kg"/> kilograms.</summary>
    public static Mass FromKg(double kg) => new(kg);

    /// <summary>A mass of <paramref name="tonnes"/> tonnes.</summary>
    public static Mass FromTonnes(double tonnes) => new(tonnes * KgPerTonne);

    /// <summary>A mass of <paramref name="grams"/> grams.</summary>
    public static Mass FromGrams(double grams) => new(grams / GramsPerKg);

    /// <summary>kg → t for a plain number (e.g. a nullable figure or a per-kg rate).</summary>
    public static double KgToTonnes(double kg) => kg / KgPerTonne;

    /// <inheritdoc cref="KgToTonnes(double)"/>
    public static double? KgToTonnes(double? kg) => kg / KgPerTonne;

    /// <summary>t → kg for a plain number.</summary>
    public static double TonnesToKg(double tonnes) => tonnes * KgPerTonne;

    /// <summary>A figure per tonne as the same figure per kg (e.g. kg CO2e/t → kg CO2e/kg).</summary>
    public static double PerTonneToPerKg(double perTonne) => perTonne / KgPerTonne;

    /// <summary>A figure per kg as the same figure per tonne (e.g. kg CO2e/kg → kg CO2e/t).</summary>
    public static double PerKgToPerTonne(double perKg) => perKg * KgPerTonne;

    /// <summary>The mass rounded to whole grams.</summary>
    public Mass RoundedToGram() => FromGrams(Math.Round(Grams));

    /// <summary>The sum of two masses.</summary>
    public static Mass operator +(Mass a, Mass b) => new(a.Kg + b.Kg);
    /// <summary>The difference of two masses (may be negative).</summary>
    public static Mass operator -(Mass a, Mass b) => new(a.Kg - b.Kg);
    /// <summary>The mass with its sign reversed.</summary>
    public static Mass operator -(Mass a) => new(-a.Kg);
    /// <summary>The mass scaled by a factor.</summary>
    public static Mass operator *(Mass a, double factor) => new(a.Kg * factor);
    /// <summary>The mass scaled by a factor.</summary>
    public static Mass operator *(double factor, Mass a) => new(a.Kg * factor);
    /// <summary>The mass divided by a number.</summary>
    public static Mass operator /(Mass a, double divisor) => new(a.Kg / divisor);
    /// <summary>The ratio of two masses (a plain number).</summary>
    public static double operator /(Mass a, Mass b) => a.Kg / b.Kg;
    /// <summary>Whether <paramref name="a"/> is lighter than <paramref name="b"/>.</summary>
    public static bool operator <(Mass a, Mass b) => a.Kg < b.Kg;
    /// <summary>Whether <paramref name="a"/> is heavier than <paramref name="b"/>.</summary>
    public static bool operator >(Mass a, Mass b) => a.Kg > b.Kg;
    /// <summary>Whether <paramref name="a"/> is at most <paramref name="b"/>.</summary>
    public static bool operator <=(Mass a, Mass b) => a.Kg <= b.Kg;
    /// <summary>Whether <paramref name="a"/> is at least <paramref name="b"/>.</summary>
    public static bool operator >=(Mass a, Mass b) => a.Kg >= b.Kg;

    /// <summary>Orders masses by kilograms.</summary>
    public int CompareTo(Mass other) => Kg.CompareTo(other.Kg);

    /// <summary>The mass in kg, invariant culture (e.g. <c>1250.5 kg</c>).</summary>
    public override string ToString() => Kg.ToString(CultureInfo.InvariantCulture) + " kg";
}

/// <summary>Mass of a lot in kg: given, or derived from its category's typical unit mass and then flagged estimated.</summary>
public readonly record struct LotMass(double MassKg, bool IsEstimated)
{
    /// <summary>The lot's mass as a <see cref="Domain.Mass"/>.</summary>
    public Mass Mass => Mass.FromKg(MassKg);

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
            QuantityUnit.T => new LotMass(Mass.FromTonnes((double)quantity).Kg, false),
            _ when unit == category.DefaultUnit => new LotMass((double)quantity * category.TypicalKgPerUnit, true),
            _ => null,
        };
    }
}
