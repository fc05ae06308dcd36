namespace Corridor.Data.Notifications;

/// <summary>What a notification is about. Stored as text, so more kinds need no migration.</summary>
public enum NotificationKind { NewProposal, DatesSlipped, WindowClosing, LotExpired }

/// <summary>
/// A message to an organisation or, when <see cref="OrganisationId"/> is null, to the corridor's chain director.
/// <see cref="DedupeKey"/> is unique per addressee, so that repeated sweeps do not repeat a message.
/// </summary>
public sealed class Notification
{
    public int Id { get; set; }
    public int CorridorId { get; set; }
    public int? OrganisationId { get; set; }
    /// <summary>"director" or "org:{id}": the unique index needs a non-null column (NULLs never collide in an index).</summary>
    public required string Addressee { get; set; }
    public NotificationKind Kind { get; set; }
    public required string Title { get; set; }
    public required string Text { get; set; }
    /// <summary>The Dutch title and text (the page shows them to Dutch readers; webhooks carry both).</summary>
    public string? TitleNl { get; set; }
    public string? TextNl { get; set; }
    /// <summary>The German title and text (migration M0009); null on notifications stored before it.</summary>
    public string? TitleDe { get; set; }
    public string? TextDe { get; set; }
    public string? Link { get; set; }
    public required string DedupeKey { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? ReadUtc { get; set; }

    public static string DirectorAddressee => "director";

    public static string AddresseeOf(int? organisationId) => organisationId is { } id ? $"org:{id}" : DirectorAddressee;
}

/// <summary>An organisation's outgoing webhook: every notification to it is POSTed there, signed with the secret.</summary>
public sealed class OrganisationWebhook
{
    public int Id { get; set; }
    public int CorridorId { get; set; }
    public int OrganisationId { get; set; }
    public required string Url { get; set; }
    /// <summary>The HMAC-SHA256 key. Stored as given (it must be usable to sign); shown only in the answer that sets it.</summary>
    public required string Secret { get; set; }
    public DateTime UpdatedUtc { get; set; }
}

/// <summary>One notification's delivery to a webhook, with its attempts. <see cref="NextAttemptUtc"/> null: done or given up.</summary>
public sealed class WebhookDelivery
{
    public int Id { get; set; }
    public int CorridorId { get; set; }
    public int NotificationId { get; set; }
    public int OrganisationId { get; set; }
    public required string Url { get; set; }
    /// <summary>The exact JSON body that is signed and sent.</summary>
    public required string Payload { get; set; }
    public int Attempts { get; set; }
    public int? StatusCode { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? NextAttemptUtc { get; set; }
    public DateTime? DeliveredUtc { get; set; }
}
