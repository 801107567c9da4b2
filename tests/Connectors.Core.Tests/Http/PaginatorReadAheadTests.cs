using Connectors.Core.Http;
using Connectors.Shared;

namespace Connectors.Core.Tests.Http;

public class PaginatorReadAheadTests
{
    [Fact]
    public async Task The_next_page_is_requested_before_the_current_one_is_handed_on_and_the_order_is_kept()
    {
        var fetched = new List<string?>();
        Task<Page<int>> Fetch(string? cursor, CancellationToken token)
        {
            lock (fetched)
            {
                fetched.Add(cursor);
            }

            return Task.FromResult(cursor switch
            {
                null => new Page<int>([1, 2], "p2"),
                "p2" => new Page<int>([3], "p3"),
                _ => new Page<int>([4], null),
            });
        }

        var items = new List<int>();
        await foreach (var item in Paginator.ReadAllAsync<int>(Fetch, readAhead: true))
        {
            items.Add(item);
            if (item == 1)
            {
                Assert.Equal([null, "p2"], fetched); // page 2 is on its way while page 1 is consumed
            }
        }

        Assert.Equal([1, 2, 3, 4], items);
        Assert.Equal([null, "p2", "p3"], fetched); // and nothing past the last page
    }

    [Fact]
    public async Task A_caller_that_stops_early_cancels_the_page_read_ahead_and_waits_for_it_to_end()
    {
        var aheadCancelled = false;
        var aheadEnded = false;
        async Task<Page<int>> Fetch(string? cursor, CancellationToken token)
        {
            if (cursor is null)
            {
                return new Page<int>([1, 2], "p2");
            }

            try
            {
                await Task.Delay(Timeout.Infinite, token);
                return new Page<int>([3], null);
            }
            catch (OperationCanceledException)
            {
                aheadCancelled = true;
                throw;
            }
            finally
            {
                aheadEnded = true;
            }
        }

        await foreach (var item in Paginator.ReadAllAsync<int>(Fetch, readAhead: true))
        {
            Assert.Equal(1, item);
            break;
        }

        Assert.True(aheadCancelled);
        Assert.True(aheadEnded); // no request outlives the enumeration
    }

    [Fact]
    public async Task A_page_read_ahead_that_fails_surfaces_only_after_the_page_before_it_was_handed_on()
    {
        static Task<Page<int>> Fetch(string? cursor, CancellationToken token) => cursor is null
            ? Task.FromResult(new Page<int>([1, 2], "p2"))
            : Task.FromException<Page<int>>(new ConnectorNotFoundException("GET /cases", System.Net.HttpStatusCode.NotFound, "gone"));

        var items = new List<int>();
        await Assert.ThrowsAsync<ConnectorNotFoundException>(async () =>
        {
            await foreach (var item in Paginator.ReadAllAsync<int>(Fetch, readAhead: true))
            {
                items.Add(item);
            }
        });

        Assert.Equal([1, 2], items);
    }
}
