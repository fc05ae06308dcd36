namespace Corridor.Engine.Domain;

/// <summary>What "today" is for the corridor's rules (windows, alerts, expiry): the local calendar date of the clock.</summary>
public static class CorridorClock
{
    /// <summary>Today's date in the clock's local time zone.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetLocalNow().DateTime);
}
