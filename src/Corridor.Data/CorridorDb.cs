using Corridor.Data.Accounts;
using Corridor.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Corridor.Data;

/// <summary>
/// The corridor database. Tables and columns are snake_case so that people querying PostgreSQL directly need no quotes.
/// The schema is created by the hand-written migrations in Migrations/ (see docs/decisions/0002). Accounts are ASP.NET Core
/// Identity users (without Identity's global roles: a role is a <see cref="Membership"/> in one corridor).
/// </summary>
public sealed class CorridorDb(DbContextOptions<CorridorDb> options) : IdentityUserContext<CorridorUser, int>(options),
    Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.IDataProtectionKeyContext
{
    /// <summary>Pinned, so that the schema does not depend on how the host configured Identity (M0004 creates it).</summary>
    protected override Version SchemaVersion => IdentitySchemaVersions.Version2;

    /// <summary>The corridors.</summary>
    public DbSet<CorridorRegion> Corridors => Set<CorridorRegion>();
    /// <summary>The partner organisations of all corridors.</summary>
    public DbSet<Organisation> Organisations => Set<Organisation>();
    /// <summary>The building projects.</summary>
    public DbSet<Project> Projects => Set<Project>();
    /// <summary>The material lots (supply and demand).</summary>
    public DbSet<MaterialLot> Lots => Set<MaterialLot>();
    /// <summary>The material hubs.</summary>
    public DbSet<Hub> Hubs => Set<Hub>();
    /// <summary>The stored matching plans.</summary>
    public DbSet<MatchPlan> Plans => Set<MatchPlan>();
    /// <summary>The matches of the plans, with their workflow state.</summary>
    public DbSet<PlannedMatch> Matches => Set<PlannedMatch>();
    /// <summary>Every status change of every lot.</summary>
    public DbSet<LotStatusEvent> LotHistory => Set<LotStatusEvent>();
    /// <summary>Certificates, declarations and test reports of lots.</summary>
    public DbSet<LotCertificate> LotCertificates => Set<LotCertificate>();
    /// <summary>The material composition of lots (from imported passports).</summary>
    public DbSet<LotComponent> LotComponents => Set<LotComponent>();
    /// <summary>Where lots' material came from (from imported passports).</summary>
    public DbSet<LotProvenance> LotProvenance => Set<LotProvenance>();
    /// <summary>The corridors' impact targets.</summary>
    public DbSet<CorridorTarget> CorridorTargets => Set<CorridorTarget>();
    /// <summary>Who holds which role in which corridor.</summary>
    public DbSet<Membership> Memberships => Set<Membership>();
    /// <summary>API tokens of users (hashes only).</summary>
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    /// <summary>Growth-model self-assessments.</summary>
    public DbSet<Growth.GrowthAssessment> GrowthAssessments => Set<Growth.GrowthAssessment>();
    /// <summary>In-app notifications.</summary>
    public DbSet<Notifications.Notification> Notifications => Set<Notifications.Notification>();
    /// <summary>Organisations' webhook addresses.</summary>
    public DbSet<Notifications.OrganisationWebhook> Webhooks => Set<Notifications.OrganisationWebhook>();
    /// <summary>Webhook deliveries and their retries.</summary>
    public DbSet<Notifications.WebhookDelivery> WebhookDeliveries => Set<Notifications.WebhookDelivery>();
    /// <summary>The audit log of match and project changes.</summary>
    public DbSet<Workflow.AuditEntry> AuditEntries => Set<Workflow.AuditEntry>();
    /// <summary>The keys that protect sign-in cookies and antiforgery tokens, shared by every node of the app (M0008).</summary>
    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys =>
        Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>();

    /// <summary>Uses SQLite on <c>corridor.db</c> when no provider was configured (design-time tools).</summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(Impact.SqliteTempStore.Instance);

    /// <summary>The model: keys, indexes, conversions and the per-provider details of every entity.</summary>
    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        AccountModel.Configure(b);
        b.Entity<CorridorRegion>(e =>
        {
            e.ToTable("corridors");
            e.HasIndex(x => x.Code).IsUnique();
        });
        b.Entity<Organisation>(e =>
        {
            e.ToTable("organisations");
            e.HasIndex(x => new { x.CorridorId, x.Name }).IsUnique();
            e.HasOne<CorridorRegion>().WithMany().HasForeignKey(x => x.CorridorId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<Project>(e =>
        {
            e.ToTable("projects");
            e.HasIndex(x => new { x.CorridorId, x.Code }).IsUnique();
            e.HasIndex(x => new { x.CorridorId, x.Latitude, x.Longitude });
            e.HasOne<CorridorRegion>().WithMany().HasForeignKey(x => x.CorridorId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        });
        b.Entity<MaterialLot>(e =>
        {
            // M0003 triggers record every creation and status change in lot_status_history; SQLite's RETURNING clashes with them.
            e.ToTable("material_lots", t =>
            {
                t.HasTrigger("trg_material_lots_created");
                t.HasTrigger("trg_material_lots_status");
                t.UseSqlReturningClause(false);
            });
            e.HasIndex(x => new { x.ProjectId, x.Code }).IsUnique();
            e.HasIndex(x => new { x.CorridorId, x.CategoryKey, x.AvailableFrom });
            e.HasIndex(x => new { x.CorridorId, x.AvailableFrom, x.AvailableTo });
            e.HasOne<CorridorRegion>().WithMany().HasForeignKey(x => x.CorridorId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne(x => x.Project).WithMany(p => p.Lots).HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Quantity).HasPrecision(18, 4);
            e.Property(x => x.PriceEur).HasPrecision(18, 2);
        });
        b.Entity<Hub>(e =>
        {
            e.ToTable("hubs");
            e.HasIndex(x => new { x.CorridorId, x.Code }).IsUnique();
            e.HasOne<CorridorRegion>().WithMany().HasForeignKey(x => x.CorridorId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.AcceptedCategories).HasConversion(ListConverter.Converter, ListConverter.Comparer);
            e.Property(x => x.Services).HasConversion(ListConverter.Converter, ListConverter.Comparer);
        });
        b.Entity<MatchPlan>(e =>
        {
            e.ToTable("plans");
            e.HasIndex(x => new { x.CorridorId, x.CreatedUtc });
            e.HasOne<CorridorRegion>().WithMany().HasForeignKey(x => x.CorridorId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<PlannedMatch>(e =>
        {
            e.ToTable("plan_matches");
            e.HasIndex(x => x.PlanId);
            e.HasIndex(x => x.SupplyLotId);
            e.HasIndex(x => x.DemandLotId);
            e.HasOne<CorridorRegion>().WithMany().HasForeignKey(x => x.CorridorId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne(x => x.Plan).WithMany(p => p.Matches).HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.SupplyLot).WithMany().HasForeignKey(x => x.SupplyLotId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.DemandLot).WithMany().HasForeignKey(x => x.DemandLotId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne(x => x.Hub).WithMany().HasForeignKey(x => x.HubId).OnDelete(DeleteBehavior.SetNull);
            e.Property(x => x.Quantity).HasPrecision(18, 4);
        });
        Impact.ImpactModel.Configure(b);
        Growth.GrowthDataModel.Configure(b);
        Workflow.WorkflowModel.Configure(b);
        Rules.RuleModel.Configure(b);
        b.Entity<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>(e => e.ToTable("data_protection_keys"));

        foreach (var entity in b.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
                var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                if (type.IsEnum) property.SetProviderClrType(typeof(string));
            }
            foreach (var key in entity.GetKeys()) key.SetName($"pk_{entity.GetTableName()}");
            foreach (var fk in entity.GetForeignKeys())
                fk.SetConstraintName($"fk_{entity.GetTableName()}_{string.Join("_", fk.Properties.Select(p => SnakeCase(p.Name)))}");
            foreach (var index in entity.GetIndexes())
                index.SetDatabaseName($"ix_{entity.GetTableName()}_{string.Join("_", index.Properties.Select(p => SnakeCase(p.Name)))}");
        }
    }

    internal static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 && name[i - 1] != '_' ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    static class ListConverter
    {
        public static readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<List<string>, string> Converter = new(
            v => string.Join(";", v),
            v => v.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList());

        public static readonly ValueComparer<List<string>> Comparer = new(
            (a, b) => a!.SequenceEqual(b!),
            v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode(StringComparison.Ordinal))),
            v => v.ToList());
    }
}
