using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Notifications;

/// <summary>Retry policy: attempt n (n ≥ 1) failing waits FirstRetry × 2^(n−1); after MaxAttempts it gives up.</summary>
public sealed record WebhookPolicy
{
    /// <summary>How many times a delivery is tried.</summary>
    public int MaxAttempts { get; init; } = 6;
    /// <summary>The wait before the first retry; it doubles each time.</summary>
    public TimeSpan FirstRetry { get; init; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// Sends queued webhook deliveries: POST of the notification's JSON with <c>X-Corridor-Signature: sha256=&lt;hex HMAC-SHA256
/// of the body with the organisation's secret&gt;</c>. A 2xx answer delivers; anything else is recorded and retried with backoff.
/// </summary>
public static class WebhookDispatcher
{
    /// <summary>The header carrying the body's HMAC-SHA256 signature.</summary>
    public const string SignatureHeader = "X-Corridor-Signature";

    /// <summary>The HMAC-SHA256 of <paramref name="body"/> with <paramref name="secret"/>, as <c>sha256=</c> and hex.</summary>
    public static string Sign(string secret, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    /// <summary>Only absolute http and https URLs.</summary>
    public static bool IsValidUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>Attempts every delivery that is due; returns how many were delivered.</summary>
    public static async Task<int> DispatchDueAsync(CorridorDb db, HttpClient http, DateTime nowUtc, WebhookPolicy? policy = null, CancellationToken ct = default)
    {
        policy ??= new WebhookPolicy();
        var due = await db.WebhookDeliveries.Where(d => d.NextAttemptUtc != null && d.NextAttemptUtc <= nowUtc).OrderBy(d => d.Id).Take(100).ToListAsync(ct);
        var delivered = 0;
        foreach (var d in due)
        {
            var hook = await db.Webhooks.AsNoTracking().FirstOrDefaultAsync(w => w.OrganisationId == d.OrganisationId, ct);
            d.Attempts++;
            if (hook is null || !IsValidUrl(d.Url))
            {
                d.LastError = "The organisation has no webhook any more.";
                d.NextAttemptUtc = null;
                continue;
            }
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, d.Url) { Content = new StringContent(d.Payload, Encoding.UTF8, "application/json") };
                request.Headers.Add(SignatureHeader, Sign(hook.Secret, d.Payload));
                request.Headers.Add("X-Corridor-Delivery", d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                using var response = await http.SendAsync(request, ct);
                d.StatusCode = (int)response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    d.DeliveredUtc = nowUtc;
                    d.NextAttemptUtc = null;
                    d.LastError = null;
                    delivered++;
                    continue;
                }
                d.LastError = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                d.StatusCode = null;
                d.LastError = e.Message;
            }
            d.NextAttemptUtc = d.Attempts >= policy.MaxAttempts ? null : nowUtc + policy.FirstRetry * Math.Pow(2, d.Attempts - 1);
        }
        await db.SaveChangesAsync(ct);
        return delivered;
    }
}
