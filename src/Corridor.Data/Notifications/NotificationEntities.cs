namespace Corridor.Data.Notifications;

/// <summary>What a notification is about. Stored as text, so more kinds need no migration.</summary>
public enum NotificationKind
{
    /// <summary>A new plan proposes a match on the organisation's lots.</summary>
    NewProposal,
    /// <summary>A project with matches on the organisation's lots moved its dates.</summary>
    DatesSlipped,
    /// <summary>An open lot's window closes soon without a match.</summary>
    WindowClosing,
    /// <summary>A lot's window has ended: its owner is asked to extend or close it.</summary>
    LotExpired,
}

/// <summary>
/// A message to an organisation or, when <see cref="OrganisationId"/> is null, to the corridor's chain director.
/// <see cref="DedupeKey"/> is unique per addressee, so that repeated sweeps do not repeat a message.
/// </summary>
public sealed class Notification
{
    /// <summary>The notification's key.</summary>
    public int Id { get; set; }
    /// <summary>The corridor the notification belongs to.</summary>
    public int CorridorId { get; set; }
    /// <summary>The organisation addressed; null: the chain director.</summary>
    public int? OrganisationId { get; set; }
    /// <summary>"director" or "org:{id}": the unique index needs a non-null column (NULLs never collide in an index).</summary>
    public required string Addressee { get; set; }
    /// <summary>What the notification is about.</summary>
    public NotificationKind Kind { get; set; }
    /// <summary>Short title (English).</summary>
    public required string Title { get; set; }
    /// <summary>The message (English).</summary>
    public required string Text { get; set; }
    /// <summary>The Dutch title and text (the page shows them to Dutch readers; webhooks carry both).</summary>
    public string? TitleNl { get; set; }
    /// <summary>The message in Dutch, when written.</summary>
    public string? TextNl { get; set; }
    /// <summary>The German title (migration M0009); null on notifications stored before it.</summary>
    public string? TitleDe { get; set; }
    /// <summary>The German text (migration M0009); null on notifications stored before it.</summary>
    public string? TextDe { get; set; }
    /// <summary>Where to look, a path in the app.</summary>
    public string? Link { get; set; }
    /// <summary>Identifies the occasion, so it is notified once.</summary>
    public required string DedupeKey { get; set; }
    /// <summary>When the notification was created (UTC).</summary>
    public DateTime CreatedUtc { get; set; }
    /// <summary>When it was read (UTC); null: unread.</summary>
    public DateTime? ReadUtc { get; set; }

    /// <summary>The addressee key of the chain director.</summary>
    public static string DirectorAddressee => "director";

    /// <summary>The addressee key of an organisation (<c>org:N</c>), or the director's for null.</summary>
    public static string AddresseeOf(int? organisationId) => organisationId is { } id ? $"org:{id}" : DirectorAddressee;
}

/// <summary>An organisation's outgoing webhook: every notification to it is POSTed there, signed with the secret.</summary>
public sealed class OrganisationWebhook
{
    /// <summary>The webhook's key.</summary>
    public int Id { get; set; }
    /// <summary>The corridor the webhook belongs to.</summary>
    public int CorridorId { get; set; }
    /// <summary>The organisation whose notifications are sent.</summary>
    public int OrganisationId { get; set; }
    /// <summary>Where notifications are POSTed.</summary>
    public required string Url { get; set; }
    /// <summary>The HMAC-SHA256 key. Stored as given (it must be usable to sign); shown only in the answer that sets it.</summary>
    public required string Secret { get; set; }
    /// <summary>When the webhook last changed (UTC).</summary>
    public DateTime UpdatedUtc { get; set; }
}

/// <summary>One notification's delivery to a webhook, with its attempts. <see cref="NextAttemptUtc"/> null: done or given up.</summary>
public sealed class WebhookDelivery
{
    /// <summary>The delivery's key.</summary>
    public int Id { get; set; }
    /// <summary>The corridor the delivery belongs to.</summary>
    public int CorridorId { get; set; }
    /// <summary>The notification sent.</summary>
    public int NotificationId { get; set; }
    /// <summary>The organisation it is sent for.</summary>
    public int OrganisationId { get; set; }
    /// <summary>Where it is sent.</summary>
    public required string Url { get; set; }
    /// <summary>The exact JSON body that is signed and sent.</summary>
    public required string Payload { get; set; }
    /// <summary>How many times sending was tried.</summary>
    public int Attempts { get; set; }
    /// <summary>The HTTP status of the last attempt.</summary>
    public int? StatusCode { get; set; }
    /// <summary>The last failure, in words.</summary>
    public string? LastError { get; set; }
    /// <summary>When the delivery was created (UTC).</summary>
    public DateTime CreatedUtc { get; set; }
    /// <summary>When to try again (UTC); null: no more tries.</summary>
    public DateTime? NextAttemptUtc { get; set; }
    /// <summary>When it was delivered (UTC).</summary>
    public DateTime? DeliveredUtc { get; set; }
}
