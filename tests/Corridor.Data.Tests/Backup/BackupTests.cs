using System.Collections.Concurrent;
using Corridor.Data.Backup;
using Corridor.Data.Entities;
using Corridor.Engine.Domain;
using Corridor.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Tests.Backup;

/// <summary>Issue 13 (4): a backup taken while the app writes holds every record committed before it began; restore brings them back.</summary>
public sealed class BackupTests
{
    [Fact]
    public async Task BackupUnderWriteLoad_RestoredIntoANewDatabase_HoldsEveryRecordCommittedBeforeTheBackup()
    {
        await using var source = await TestDatabase.CreateAsync();
        await using var restored = await TestDatabase.CreateAsync(migrate: false);
        var file = Path.Combine(Path.GetTempPath(), $"corridor-backup-{Guid.NewGuid():N}.bak");
        int corridorId, projectId;
        await using (var db = source.Open())
        {
            var corridor = new CorridorRegion { Code = "b", Name = "Backup", CreatedUtc = DateTime.UtcNow };
            db.Corridors.Add(corridor);
            var project = new Project { CorridorId = 0, Code = "P", Name = "P", Kind = ProjectKind.Demolition, Latitude = 52, Longitude = 5, Start = new DateOnly(2027, 1, 1), End = new DateOnly(2027, 12, 31) };
            await db.SaveChangesAsync();
            project.CorridorId = corridor.Id;
            db.Projects.Add(project);
            await db.SaveChangesAsync();
            (corridorId, projectId) = (corridor.Id, project.Id);
        }

        var committed = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            await using var db = source.Open();
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                db.Lots.Add(new MaterialLot
                {
                    CorridorId = corridorId, ProjectId = projectId, Code = $"L{i:D6}", Direction = LotDirection.Supply, CategoryKey = "doors",
                    Quantity = 1, Unit = QuantityUnit.Pcs, MassKg = 25, AvailableFrom = new DateOnly(2027, 3, 1), AvailableTo = new DateOnly(2027, 3, 31),
                });
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
                committed.Enqueue($"L{i:D6}");
            }
        });
        while (committed.Count < 150) await Task.Delay(10);

        var before = committed.ToArray();
        var result = await DatabaseBackup.BackupAsync(source.ConnectionString, file);
        var during = committed.Count;
        while (committed.Count < during + 50) await Task.Delay(10); // the app keeps writing after the backup
        await stop.CancelAsync();
        await writer;

        try
        {
            Assert.True(result.Bytes > 0);
            await DatabaseBackup.RestoreAsync(restored.ConnectionString, file, replace: false);
            await using var db = restored.Open();
            var codes = (await db.Lots.Where(l => l.CorridorId == corridorId).Select(l => l.Code).ToListAsync()).ToHashSet();
            Assert.All(before, code => Assert.Contains(code, codes));
            Assert.True(codes.Count < committed.Count, "the backup is a snapshot: later writes are not in it");
            Assert.Equal(codes.Count, await db.Lots.CountAsync(l => l.Project != null)); // every lot's project came along
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());

            // Restoring over a database that holds corridors needs --replace.
            await Assert.ThrowsAsync<BackupException>(() => DatabaseBackup.RestoreAsync(restored.ConnectionString, file, replace: false));
            await DatabaseBackup.RestoreAsync(restored.ConnectionString, file, replace: true);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Restore_OfAFileThatIsNoBackup_IsRefusedAndChangesNothing()
    {
        await using var target = await TestDatabase.CreateAsync();
        var file = Path.Combine(Path.GetTempPath(), $"corridor-not-a-backup-{Guid.NewGuid():N}.bak");
        await File.WriteAllTextAsync(file, "code,name\nP1,Project\n");
        try
        {
            var e = await Assert.ThrowsAsync<BackupException>(() => DatabaseBackup.RestoreAsync(target.ConnectionString, file, replace: true));
            Assert.Contains("neither a SQLite database nor a pg_dump", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
