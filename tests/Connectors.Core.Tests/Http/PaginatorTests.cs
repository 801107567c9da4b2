using Connectors.Core.Http;
using Connectors.Shared;

namespace Connectors.Core.Tests.Http;

public class PaginatorTests
{
    [Fact]
    public async Task Pages_are_read_lazily_following_the_cursor()
    {
        var fetched = new List<string?>();
        Task<Page<int>> Fetch(string? cursor, CancellationToken token)
        {
            fetched.Add(cursor);
            return Task.FromResult(cursor switch
            {
                null => new Page<int>([1, 2], "p2"),
                "p2" => new Page<int>([3], "p3"),
                _ => new Page<int>([4], null),
            });
        }

        var items = new List<int>();
        await foreach (var item in Paginator.ReadAllAsync<int>(Fetch))
        {
            items.Add(item);
            if (item == 1)
            {
                Assert.Single(fetched); // the second page is not read before the first is consumed
            }
        }

        Assert.Equal([1, 2, 3, 4], items);
        Assert.Equal([null, "p2", "p3"], fetched);
    }

    [Fact]
    public async Task Cancellation_stops_before_the_next_page()
    {
        using var cts = new CancellationTokenSource();
        var pages = 0;
        Task<Page<int>> Fetch(string? cursor, CancellationToken token)
        {
            pages++;
            return Task.FromResult(new Page<int>([pages], $"p{pages + 1}"));
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in Paginator.ReadAllAsync<int>(Fetch, cancellationToken: cts.Token))
            {
                if (item == 2)
                {
                    await cts.CancelAsync();
                }
            }
        });
        Assert.Equal(2, pages);
    }

    [Fact]
    public async Task A_cursor_that_repeats_stops_the_read_instead_of_looping()
    {
        static Task<Page<int>> Fetch(string? cursor, CancellationToken token) => Task.FromResult(new Page<int>([1], "same"));

        await Assert.ThrowsAsync<ConnectorException>(async () =>
        {
            await foreach (var unused in Paginator.ReadAllAsync<int>(Fetch))
            {
            }
        });
    }

    [Fact]
    public async Task A_page_whose_answer_was_lost_or_unreadable_is_read_again_and_nothing_repeats()
    {
        var failures = new Queue<Exception>([
            new ConnectorResponseFormatException("GET /cases", System.Net.HttpStatusCode.OK, "malformed"),
            new ConnectorApiException("GET /cases", null, "connection dropped"),
        ]);
        var fetched = new List<string?>();
        Task<Page<int>> Fetch(string? cursor, CancellationToken token)
        {
            fetched.Add(cursor);
            if (cursor == "p2" && failures.TryDequeue(out var failure))
            {
                throw failure;
            }

            return Task.FromResult(cursor is null ? new Page<int>([1, 2], "p2") : new Page<int>([3], null));
        }

        var items = new List<int>();
        await foreach (var item in Paginator.ReadAllAsync<int>(Fetch))
        {
            items.Add(item);
        }

        Assert.Equal([1, 2, 3], items);
        Assert.Equal([null, "p2", "p2", "p2"], fetched);
    }

    [Fact]
    public async Task A_page_that_keeps_failing_fails_after_its_attempts_and_a_refusal_is_not_read_again()
    {
        var reads = 0;
        Task<Page<int>> Broken(string? cursor, CancellationToken token)
        {
            reads++;
            throw new ConnectorResponseFormatException("GET /cases", System.Net.HttpStatusCode.OK, "malformed");
        }

        var refusals = 0;
        Task<Page<int>> Refused(string? cursor, CancellationToken token)
        {
            refusals++;
            throw new ConnectorNotFoundException("GET /cases", System.Net.HttpStatusCode.NotFound, "gone");
        }

        await Assert.ThrowsAsync<ConnectorResponseFormatException>(async () =>
        {
            await foreach (var unused in Paginator.ReadAllAsync<int>(Broken))
            {
            }
        });
        await Assert.ThrowsAsync<ConnectorNotFoundException>(async () =>
        {
            await foreach (var unused in Paginator.ReadAllAsync<int>(Refused))
            {
            }
        });

        Assert.Equal(Paginator.PageAttempts, reads);
        Assert.Equal(1, refusals);
    }
}
