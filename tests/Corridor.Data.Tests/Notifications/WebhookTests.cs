using Microsoft.Extensions.Time.Testing;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Corridor.Data.Notifications;
using Corridor.Data.Tests.Growth;
using Corridor.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Tests.Notifications;

public sealed class WebhookTests
{
    /// <summary>A real HTTP listener on a free localhost port that records what it receives and answers with <see cref="Status"/>.</summary>
    sealed class Receiver : IAsyncDisposable
    {
        readonly HttpListener listener = new();
        readonly Task loop;
        public ConcurrentQueue<(string Body, string? Signature)> Received { get; } = new();
        public int Status { get; set; } = 200;
        public string Url { get; }

        public Receiver()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Url = $"http://127.0.0.1:{port}/hook/";
            listener.Prefixes.Add(Url);
            listener.Start();
            loop = Task.Run(async () =>
            {
                while (listener.IsListening)
                {
                    HttpListenerContext context;
                    try { context = await listener.GetContextAsync(); }
                    catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
                    using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                    Received.Enqueue((await reader.ReadToEndAsync(), context.Request.Headers[WebhookDispatcher.SignatureHeader]));
                    context.Response.StatusCode = Status;
                    context.Response.Close();
                }
            });
        }

        public async ValueTask DisposeAsync()
        {
            listener.Stop();
            listener.Close();
            await loop;
        }
    }

    static async Task<(SmallCorridor Corridor, Notification Notification)> NotifyWithHookAsync(CorridorDb db, string url, string secret)
    {
        var c = await SmallCorridor.CreateAsync(db);
        db.Webhooks.Add(new OrganisationWebhook { CorridorId = c.Corridor.Id, OrganisationId = c.A.Id, Url = url, Secret = secret, UpdatedUtc = SmallCorridor.Now });
        await db.SaveChangesAsync();
        var n = await Notifier.NotifyAsync(db, c.Corridor.Id, c.A.Id, NotificationKind.WindowClosing, "Title", "Text", "/x", "key-1", new FakeTimeProvider(new DateTimeOffset(SmallCorridor.Now)));
        return (c, n!);
    }

    [Fact]
    public async Task Dispatch_PostsTheNotificationSignedWithTheOrganisationsSecret()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using var db = tdb.Open();
        await using var receiver = new Receiver();
        var (_, notification) = await NotifyWithHookAsync(db, receiver.Url, "s3cret");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

        var delivered = await WebhookDispatcher.DispatchDueAsync(db, http, SmallCorridor.Now);

        Assert.Equal(1, delivered);
        var (body, signature) = Assert.Single(receiver.Received);
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData("s3cret"u8.ToArray(), Encoding.UTF8.GetBytes(body)));
        Assert.Equal(expected, signature);
        Assert.Contains($"\"id\":{notification.Id}", body, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"window_closing\"", body, StringComparison.Ordinal);
        var delivery = await db.WebhookDeliveries.AsNoTracking().SingleAsync();
        Assert.Equal((200, 1, (string?)null), (delivery.StatusCode, delivery.Attempts, delivery.NextAttemptUtc?.ToString("O")));
        Assert.NotNull(delivery.DeliveredUtc);
    }

    [Fact]
    public async Task Dispatch_FailingEndpoint_IsRecordedAndRetriedWithBackoffUntilItAnswers()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using var db = tdb.Open();
        await using var receiver = new Receiver { Status = 500 };
        await NotifyWithHookAsync(db, receiver.Url, "k");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var policy = new WebhookPolicy { FirstRetry = TimeSpan.FromSeconds(30), MaxAttempts = 5 };
        var t0 = SmallCorridor.Now;

        Assert.Equal(0, await WebhookDispatcher.DispatchDueAsync(db, http, t0, policy));
        var afterFirst = await db.WebhookDeliveries.AsNoTracking().SingleAsync();
        Assert.Equal((500, 1, t0.AddSeconds(30)), (afterFirst.StatusCode, afterFirst.Attempts, afterFirst.NextAttemptUtc));
        Assert.Contains("500", afterFirst.LastError, StringComparison.Ordinal);

        Assert.Equal(0, await WebhookDispatcher.DispatchDueAsync(db, http, t0.AddSeconds(10), policy)); // not due yet
        Assert.Equal(0, await WebhookDispatcher.DispatchDueAsync(db, http, t0.AddSeconds(31), policy));
        var afterSecond = await db.WebhookDeliveries.AsNoTracking().SingleAsync();
        Assert.Equal((2, t0.AddSeconds(31 + 60)), (afterSecond.Attempts, afterSecond.NextAttemptUtc)); // backoff doubled

        receiver.Status = 204;
        Assert.Equal(1, await WebhookDispatcher.DispatchDueAsync(db, http, t0.AddSeconds(100), policy));
        var done = await db.WebhookDeliveries.AsNoTracking().SingleAsync();
        Assert.Equal((204, 3, (DateTime?)null), (done.StatusCode, done.Attempts, done.NextAttemptUtc));
        Assert.Equal(3, receiver.Received.Count);
    }
}
