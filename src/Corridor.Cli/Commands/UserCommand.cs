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
public static class UserCommand
{
    public static async Task<int> RunAsync(CliArgs args, CliContext cx, TextReader stdin)
    {
        var verb = args.Positional.FirstOrDefault();
        if (verb is not ("add" or "list")) return cx.Usage("corridor user: say add EMAIL --role ROLE, or list");
        await using var db = await CliDatabase.OpenAsync(args, cx.Time, cx.Ct);
        var (corridor, error) = await CliDatabase.ResolveCorridorAsync(db, args, cx.Time, createIfNone: verb == "add", cx.Ct);
        if (corridor is null) return cx.Fail($"corridor user: {error}");

        if (verb == "list")
        {
            foreach (var r in await MembershipQueries.Describe(db, db.Memberships.Where(m => m.CorridorId == corridor.Id)).ToListAsync(cx.Ct))
                await cx.Out.WriteLineAsync($"{r.Email}	{MembershipQueries.Code(r.Role)}	{r.For}");
            return 0;
        }

        var email = args.Positional.ElementAtOrDefault(1);
        if (string.IsNullOrWhiteSpace(email)) return cx.Usage("corridor user add: give the e-mail address: corridor user add EMAIL --role ROLE");
        CorridorRole? role = args.Option("--role")?.Trim().ToLowerInvariant() switch
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
            var name = args.Option("--organisation");
            if (string.IsNullOrWhiteSpace(name)) return cx.Usage("corridor user add: a partner needs --organisation NAME");
            organisationId = await db.Organisations.Where(o => o.CorridorId == corridor.Id && o.Name == name.Trim()).Select(o => (int?)o.Id).FirstOrDefaultAsync(cx.Ct);
            if (organisationId is null) return cx.Fail($"corridor user add: no organisation '{name}' in corridor {corridor.Code}; import its projects or create it first.");
        }
        if (role == CorridorRole.HubOperator)
        {
            var code = args.Option("--hub");
            if (string.IsNullOrWhiteSpace(code)) return cx.Usage("corridor user add: a hub operator needs --hub CODE");
            hubId = await db.Hubs.Where(h => h.CorridorId == corridor.Id && h.Code == code.Trim()).Select(h => (int?)h.Id).FirstOrDefaultAsync(cx.Ct);
            if (hubId is null) return cx.Fail($"corridor user add: no hub '{code}' in corridor {corridor.Code}.");
        }
        var outcome = await Grants.GrantAsync(db, corridor.Id, email,
            async ct => Environment.GetEnvironmentVariable("CORRIDOR_PASSWORD") is { Length: > 0 } fromEnv ? fromEnv : (await stdin.ReadLineAsync(ct))?.TrimEnd('\r'),
            args.Option("--name"), role.Value, organisationId, hubId, cx.Time.GetUtcNow().UtcDateTime, cx.Ct);
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
