using System.CommandLine;
using Corridor.Data;
using Corridor.Data.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Cli.Commands;

/// <summary>
/// <c>corridor user add EMAIL --role director|partner|hub-operator [--organisation NAME] [--hub CODE] [--name NAME]</c> and
/// <c>corridor user list</c>. How a new corridor gets its first chain director (there is no open sign-up). The password of
/// a new account comes from the environment variable CORRIDOR_PASSWORD, or else the first line of standard input, never
/// from the command line (which other users of the machine can read).
/// </summary>
internal static class UserCommand
{
    public static Command Build(CliContext cx)
    {
        ArgumentNullException.ThrowIfNull(cx);
        var email = CliOptions.RejectOptions(new Argument<string>("EMAIL") { Description = "The person's e-mail address (a new account is created when it has none)." });
        var add = new Command("add",
            "Give a person a role in the corridor. A new account's password comes from CORRIDOR_PASSWORD or the first line of standard input, never the command line.")
        {
            email,
        };
        var options = new TextOptions(add)
            .Add("--role", "director|partner|hub-operator", "The role: chain director, partner of an organisation, or operator of a hub.", "director", "partner", "hub-operator")
            .Add("--organisation", "NAME", "A partner's organisation (it must exist in the corridor).")
            .Add("--hub", "CODE", "A hub operator's hub.")
            .Add("--name", "NAME", "The person's display name (a new account).");
        var addTarget = CliOptions.AddTarget(add);
        add.SetAction((r, _) => RunAsync("add", r.GetValue(email), options.Values(r), CliTarget.From(r, addTarget), cx, cx.In));

        var list = new Command("list", "Who has which role in the corridor (e-mail, role, for what; tab separated).");
        var listTarget = CliOptions.AddTarget(list);
        list.SetAction((r, _) => RunAsync("list", null, _ => null, CliTarget.From(r, listTarget), cx, cx.In));
        return new Command("user", "People and their roles in the corridor.") { add, list };
    }

    /// <summary>Runs <c>corridor user add|list</c>; <paramref name="option"/> gives each option's text (null when absent).</summary>
    public static async Task<int> RunAsync(string verb, string? email, Func<string, string?> option, CliTarget target, CliContext cx, TextReader stdin)
    {
        ArgumentNullException.ThrowIfNull(option);
        if (verb is not ("add" or "list")) return cx.Usage("corridor user: say add EMAIL --role ROLE, or list");
        await using var db = await CliDatabase.OpenAsync(target, cx.Time, cx.Ct);
        var (corridor, error) = await CliDatabase.ResolveCorridorAsync(db, target, cx.Time, createIfNone: verb == "add", cx.Ct);
        if (corridor is null) return cx.Fail($"corridor user: {error}");

        if (verb == "list")
        {
            foreach (var r in await MembershipQueries.Describe(db, db.Memberships.Where(m => m.CorridorId == corridor.Id)).ToListAsync(cx.Ct))
                await cx.Out.WriteLineAsync($"{r.Email}	{MembershipQueries.Code(r.Role)}	{r.For}");
            return 0;
        }

        if (string.IsNullOrWhiteSpace(email)) return cx.Usage("corridor user add: give the e-mail address: corridor user add EMAIL --role ROLE");
        CorridorRole? role = option("--role")?.Trim().ToLowerInvariant() switch
        {
            "director" or "chain-director" or "chain_director" => CorridorRole.ChainDirector,
            "partner" => CorridorRole.Partner,
            "hub-operator" or "hub_operator" or "hub" => CorridorRole.HubOperator,
            _ => null,
        };
        if (role is null) return cx.Usage("corridor user add: --role is director, partner or hub-operator");
        int? organisationId = null, hubId = null;
        if (role == CorridorRole.Partner)
        {
            var name = option("--organisation");
            if (string.IsNullOrWhiteSpace(name)) return cx.Usage("corridor user add: a partner needs --organisation NAME");
            organisationId = await db.Organisations.Where(o => o.CorridorId == corridor.Id && o.Name == name.Trim()).Select(o => (int?)o.Id).FirstOrDefaultAsync(cx.Ct);
            if (organisationId is null) return cx.Fail($"corridor user add: no organisation '{name}' in corridor {corridor.Code}; import its projects or create it first.");
        }
        if (role == CorridorRole.HubOperator)
        {
            var code = option("--hub");
            if (string.IsNullOrWhiteSpace(code)) return cx.Usage("corridor user add: a hub operator needs --hub CODE");
            hubId = await db.Hubs.Where(h => h.CorridorId == corridor.Id && h.Code == code.Trim()).Select(h => (int?)h.Id).FirstOrDefaultAsync(cx.Ct);
            if (hubId is null) return cx.Fail($"corridor user add: no hub '{code}' in corridor {corridor.Code}.");
        }
        var outcome = await Grants.GrantAsync(db, corridor.Id, email,
            async ct => Environment.GetEnvironmentVariable("CORRIDOR_PASSWORD") is { Length: > 0 } fromEnv ? fromEnv : (await stdin.ReadLineAsync(ct))?.TrimEnd('\r'),
            option("--name"), role.Value, organisationId, hubId, cx.Time.GetUtcNow().UtcDateTime, cx.Ct);
        switch (outcome.Problem)
        {
            case GrantProblem.EmailInvalid: return cx.Fail($"corridor user add: '{email}' is not an e-mail address.");
            case GrantProblem.PasswordTooShort:
                return cx.Fail($"corridor user add: a new account needs a password of at least {AccountStore.MinimumPasswordLength} characters. Give it in CORRIDOR_PASSWORD or on the first line of standard input.");
            case not null: return cx.Fail($"corridor user add: {outcome.Problem}.");
        }
        await cx.Err.WriteLineAsync(outcome.AlreadyHeld
            ? $"{email} is {MembershipQueries.Code(role.Value)} of {corridor.Code} already."
            : $"{email} is now {MembershipQueries.Code(role.Value)} of {corridor.Code}; sign in at /Account/Login.");
        return 0;
    }

}
