using Corridor.Data;
using Corridor.Data.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Notifications;

/// <summary>
/// Background work for notifications: the window sweep once a day (at start-up, then whenever the date changes) and the
/// webhook dispatcher every <c>Corridor:Webhooks:IntervalSeconds</c> (default 15). <c>Corridor:BackgroundJobs=false</c> turns both off.
/// </summary>
internal sealed class NotificationJobs(IServiceProvider services, IConfiguration configuration, TimeProvider time, ILogger<NotificationJobs> log) : BackgroundService
{
    static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Corridor:BackgroundJobs", true)) return;
        var interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Corridor:Webhooks:IntervalSeconds", 15)));
        DateOnly? swept = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CorridorDb>();
                var now = time.GetUtcNow().UtcDateTime;
                var today = Corridor.Engine.Domain.CorridorClock.Today(time);
                if (swept != today)
                {
                    foreach (var corridorId in await db.Corridors.Select(c => c.Id).ToListAsync(stoppingToken))
                    {
                        await Corridor.Data.Workflow.MatchTransitions.ExpireReservationsAsync(db, corridorId, now, stoppingToken);
                        await Notifier.SweepAsync(db, corridorId, time, stoppingToken);
                        await Notifier.ExpiredAsync(db, corridorId, time, stoppingToken);
                    }
                    swept = today;
                }
                await WebhookDispatcher.DispatchDueAsync(db, Http, now, ct: stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                log.LogWarning(e, "Notification jobs failed; trying again in {Interval}", interval);
            }
            try { await Task.Delay(interval, time, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
