namespace Corridor.Engine.Domain;

/// <summary>What "today" is for the corridor's rules (windows, alerts, expiry): the local calendar date of the clock.</summary>
public static class CorridorClock
{
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetLocalNow().DateTime);
}
