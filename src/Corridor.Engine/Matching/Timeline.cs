namespace Corridor.Engine.Matching;

/// <summary>
/// The horizon cut into periods of one day or one week (weeks start on Monday, the first one on or before the
/// horizon's start). Period 0 holds the horizon's first day.
/// </summary>
internal sealed class Timeline
{
    readonly int originDay;

    public Timeline(PlanningHorizon horizon, TimeResolution resolution)
    {
        Horizon = horizon;
        DaysPerPeriod = resolution == TimeResolution.Week ? 7 : 1;
        var origin = horizon.Start;
        if (resolution == TimeResolution.Week) origin = origin.AddDays(-(((int)origin.DayOfWeek + 6) % 7));
        originDay = origin.DayNumber;
        Count = PeriodOf(horizon.End) + 1;
    }

    public PlanningHorizon Horizon { get; }
    public int DaysPerPeriod { get; }
    public int Count { get; }

    public int PeriodOf(DateOnly date) => (int)Math.Floor((date.DayNumber - originDay) / (double)DaysPerPeriod);

    public DateOnly StartOf(int period) => DateOnly.FromDayNumber(originDay + period * DaysPerPeriod);

    public DateOnly EndOf(int period) => DateOnly.FromDayNumber(originDay + (period + 1) * DaysPerPeriod - 1);

    /// <summary>Clips a window of days to the horizon; false when nothing is left.</summary>
    public bool TryClip(DateOnly from, DateOnly to, out Window window)
    {
        var first = from > Horizon.Start ? from : Horizon.Start;
        var last = to < Horizon.End ? to : Horizon.End;
        window = first <= last ? new Window(first, last, PeriodOf(first), PeriodOf(last)) : default;
        return first <= last;
    }
}

/// <summary>A window of days inside the horizon and the periods it touches (all inclusive).</summary>
internal readonly record struct Window(DateOnly First, DateOnly Last, int FirstPeriod, int LastPeriod);
