using Cloud.Persistence.Tests.Support;
using Cloud.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Persistence.Tests;

/// <summary>DbContexts are pooled: a context back from another county's unit of work carries nothing of that county.</summary>
public sealed class PooledContextTests : IAsyncLifetime
{
    private readonly string _countyA = Counties.New();
    private readonly string _countyB = Counties.New();
    private PersistenceHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await PersistenceHost.StartWithoutMessagingAsync();
        await AddNoteAsync(_countyA, "甲县千河镇党委");
        await AddNoteAsync(_countyB, "乙县城关镇党委");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_pooled_context_rented_for_county_B_after_county_A_sees_only_B_rows()
    {
        TestDbContext usedByA;
        await using (_host.Unit(_countyA, out var a))
        {
            await a.Database.OpenConnectionAsync(); // returned with A's connection still open
            Assert.Equal(["甲县千河镇党委"], await a.Notes.Select(n => n.Text).ToListAsync());
            usedByA = a;
        }

        await using var unitOfB = _host.Unit(_countyB, out var b);

        Assert.Same(usedByA, b);
        Assert.Equal(["乙县城关镇党委"], await b.Notes.Select(n => n.Text).ToListAsync());
        Assert.Equal(["乙县城关镇党委"], await b.Notes.IgnoreQueryFilters().Select(n => n.Text).ToListAsync()); // RLS alone, too
    }

    [Fact]
    public async Task A_pooled_context_rented_without_a_county_after_county_A_sees_nothing()
    {
        TestDbContext usedByA;
        await using (_host.Unit(_countyA, out var a))
        {
            Assert.NotEmpty(await a.Notes.ToListAsync());
            usedByA = a;
        }

        await using var unit = _host.Unit(county: null, out var none);

        Assert.Same(usedByA, none);
        Assert.Null(none.Tenant.TenantId);
        Assert.Empty(await none.Notes.IgnoreQueryFilters().ToListAsync());
    }

    [Fact]
    public async Task A_context_returned_to_the_pool_has_no_county_and_takes_none()
    {
        TestDbContext returned;
        await using (_host.Unit(_countyA, out var a))
        {
            returned = a;
        }

        Assert.Null(returned.Tenant.TenantId);
        Assert.Throws<InvalidOperationException>(() => returned.Tenant.Set(_countyB));
    }

    private async Task AddNoteAsync(string county, string text)
    {
        await using var unit = _host.Unit(county, out var db);
        db.Notes.Add(new Note { Text = text });
        await db.SaveChangesAsync();
    }
}
