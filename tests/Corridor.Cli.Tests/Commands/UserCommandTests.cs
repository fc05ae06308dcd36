using Corridor.Data.Accounts;
using Corridor.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Cli.Tests.Commands;

/// <summary><c>corridor user</c>: how a real corridor gets its first chain director and its partners.</summary>
public sealed class UserCommandTests : IAsyncLifetime
{
    TestDatabase tdb = null!;

    public async Task InitializeAsync() => tdb = await TestDatabase.CreateAsync(migrate: false);

    public async Task DisposeAsync() => await tdb.DisposeAsync();

    async Task<(int Code, string Out, string Err)> RunAsync(string stdin, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var cx = new CliContext(stdout, stderr, TimeProvider.System, CancellationToken.None, new StringReader(stdin));
        var code = await CliApp.RunAsync([.. args, "--database", tdb.ConnectionString], cx);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task AddDirector_ThenPartner_StoresHashedPasswordsAndRoles_AndListShowsThem()
    {
        var director = await RunAsync("a long director password\n", "user", "add", "ketenregisseur@gemeente.example", "--role", "director", "--corridor", "eemland");
        await using (var db = tdb.Open())
        {
            db.Organisations.Add(new Corridor.Data.Entities.Organisation { CorridorId = db.Corridors.Single().Id, Name = "Sloop BV" });
            await db.SaveChangesAsync();
        }
        var partner = await RunAsync("another long password\n", "user", "add", "sloop@sloop.example", "--role", "partner", "--organisation", "Sloop BV", "--corridor", "eemland");
        var again = await RunAsync("", "user", "add", "sloop@sloop.example", "--role", "partner", "--organisation", "Sloop BV", "--corridor", "eemland");
        var list = await RunAsync("", "user", "list", "--corridor", "eemland");

        Assert.Equal(0, director.Code);
        Assert.Equal(0, partner.Code);
        Assert.Equal(0, again.Code);
        Assert.Contains("already", again.Err, StringComparison.Ordinal);
        Assert.Contains("ketenregisseur@gemeente.example\tdirector", list.Out, StringComparison.Ordinal);
        Assert.Contains("sloop@sloop.example\tpartner\tSloop BV", list.Out, StringComparison.Ordinal);
        await using var check = tdb.Open();
        var user = await check.Users.SingleAsync(u => u.Email == "ketenregisseur@gemeente.example");
        Assert.DoesNotContain("a long director password", user.PasswordHash, StringComparison.Ordinal);
        Assert.True(AccountStore.VerifyPassword(user, "a long director password"));
        Assert.False(AccountStore.VerifyPassword(user, "a wrong password"));
        Assert.Equal(2, await check.Memberships.CountAsync());
    }

    [Fact]
    public async Task Add_ShortPasswordOrUnknownOrganisation_FailsAndCreatesNothing()
    {
        var shortPassword = await RunAsync("short\n", "user", "add", "x@y.example", "--role", "director", "--corridor", "eemland");
        var noOrganisation = await RunAsync("long enough password\n", "user", "add", "p@y.example", "--role", "partner", "--organisation", "Nobody BV", "--corridor", "eemland");

        Assert.NotEqual(0, shortPassword.Code);
        Assert.Contains("at least 10 characters", shortPassword.Err, StringComparison.Ordinal);
        Assert.NotEqual(0, noOrganisation.Code);
        Assert.Contains("no organisation 'Nobody BV'", noOrganisation.Err, StringComparison.Ordinal);
        await using var db = tdb.Open();
        Assert.Equal(0, await db.Users.CountAsync());
    }
}
