using System.Globalization;
using Corridor.Data;
using Corridor.Data.Rules;
using Corridor.Web.Features.Rules;
using Corridor.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace Corridor.Web.Pages;

/// <summary>
/// The rules of the game: the rules in force in plain language, the version history (who, when, note), and for the chain
/// director a form that saves the next version (the same rules as <c>PUT /api/corridors/{id}/rules</c>).
/// </summary>
internal sealed class RulesModel(CorridorDb db, CorridorActor actor, TimeProvider time) : CorridorPageModel(db)
{
    /// <summary>The edit form as typed; numbers accept a point or a comma.</summary>
    public sealed record RulesForm(
        string? MaxDistanceKm, bool EmissionFreeTransport, string? ElectricCo2eKgPerTonneKm, string? MinimumQuality, bool ExcludeHazardous,
        bool MunicipalProjectsFirst, bool ReuseBeforeRecycling, string? ReservationDays, string? Pricing, string? PriceCapEurPerTonne,
        bool SharePricesWithPartners, bool PlansPublic, string? Note)
    {
        public static RulesForm From(RuleSettings s) => new(
            N(s.MaxDistanceKm), s.EmissionFreeTransport, N(s.ElectricCo2eKgPerTonneKm),
            string.Join("; ", s.MinimumQualityByCategory.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}")),
            s.ExcludeHazardous, s.MunicipalProjectsFirst, s.ReuseBeforeRecycling, s.ReservationDays.ToString(CultureInfo.InvariantCulture),
            global::Corridor.Engine.Domain.Vocab.ToSnake(s.Pricing.ToString()), s.PriceCapEurPerTonne?.ToString(CultureInfo.InvariantCulture),
            s.SharePricesWithPartners, s.PlansPublic, null);

        static string N(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

        public (UpdateRulesRequest? Request, List<(string Field, string Message)> Errors) ToRequest(Localization.UiText t)
        {
            var errors = new List<(string, string)>();
            var notANumber = t["Must be a number."];
            double? Number(string field, string? text)
            {
                if (double.TryParse((text ?? "").Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return v;
                errors.Add((field, notANumber));
                return null;
            }
            var km = Number("maxDistanceKm", MaxDistanceKm);
            var electric = string.IsNullOrWhiteSpace(ElectricCo2eKgPerTonneKm) ? 0 : Number("electricCo2eKgPerTonneKm", ElectricCo2eKgPerTonneKm);
            var days = Number("reservationDays", ReservationDays);
            if (days is { } d && d != Math.Floor(d)) errors.Add(("reservationDays", t["Must be a whole number of days."]));
            var cap = string.IsNullOrWhiteSpace(PriceCapEurPerTonne) ? null : Number("priceCapEurPerTonne", PriceCapEurPerTonne);
            var grades = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var part in (MinimumQuality ?? "").Split([';', '\n', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var kv = part.Split('=', 2, StringSplitOptions.TrimEntries);
                if (kv.Length == 2) grades[kv[0]] = kv[1];
                else errors.Add(("minimumQualityByCategory", t.Format("'{0}' is not category=grade.", part)));
            }
            if (errors.Count > 0) return (null, errors);
            return (new UpdateRulesRequest(km, EmissionFreeTransport, electric, grades, ExcludeHazardous, MunicipalProjectsFirst, ReuseBeforeRecycling,
                (int)days!.Value, Pricing, Pricing == "cost_recovery" ? (decimal?)cap : null, SharePricesWithPartners, PlansPublic, Note), errors);
        }
    }

    public CorridorRuleSet? Current { get; private set; }
    public RuleSettings Settings { get; private set; } = RuleSettings.Default;
    public IReadOnlyList<RuleSentence> Sentences { get; private set; } = [];
    public IReadOnlyList<CorridorRuleSet> Versions { get; private set; } = [];
    public RulesForm Form { get; private set; } = RulesForm.From(RuleSettings.Default);
    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];
    public bool Saved { get; private set; }

    public bool CanEdit => Corridor is not null && actor.IsDirector(Corridor.Id);

    public string CorridorQuery => Corridors.Count > 1 && Corridor is not null ? $"?corridor={Corridor.Id}" : "";

    public string? Error(string field) => Errors.Where(e => e.Field == field).Select(e => e.Message).FirstOrDefault();

    public async Task<IActionResult> OnGetAsync(int? corridor, bool saved, CancellationToken ct)
    {
        if (!await LoadAsync(corridor, ct)) return Page();
        Form = RulesForm.From(Settings);
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? corridor, RulesForm form, CancellationToken ct)
    {
        if (!await LoadAsync(corridor, ct)) return NotFound();
        if (!CanEdit) return actor.IsSignedIn ? StatusCode(StatusCodes.Status403Forbidden) : Challenge();
        Form = form;
        var (request, errors) = form.ToRequest(T);
        RuleSettings? settings = null;
        if (request is not null)
        {
            var (applied, invalid) = request.Apply(Settings);
            settings = applied;
            errors.AddRange(invalid);
        }
        if (settings is null || errors.Count > 0)
        {
            Errors = errors;
            return Page();
        }
        await RuleSets.AddVersionAsync(Db, Corridor!.Id, settings, actor.Name ?? $"user {actor.UserId}", form.Note, time.GetUtcNow().UtcDateTime, ct);
        return Redirect($"/rules?{(CorridorQuery.Length > 0 ? CorridorQuery[1..] + "&" : "")}saved=true");
    }

    async Task<bool> LoadAsync(int? corridor, CancellationToken ct)
    {
        if (!await LoadCorridorAsync(corridor, ct)) return false;
        Versions = await RuleSets.VersionsAsync(Db, Corridor!.Id, ct);
        Current = Versions.FirstOrDefault();
        Settings = Current?.ToSettings() ?? RuleSettings.Default;
        Sentences = RuleText.Sentences(Settings);
        return true;
    }
}
