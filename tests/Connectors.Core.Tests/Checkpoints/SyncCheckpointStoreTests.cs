using Connectors.Core.Checkpoints;
using Connectors.Core.Windows;

namespace Connectors.Core.Tests.Checkpoints;

public sealed class SyncCheckpointStoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "connectors-tests", Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Stores() => ["memory", "file"];

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private ISyncCheckpointStore Store(string kind) =>
        kind == "file" ? new FileSyncCheckpointStore(_directory) : new InMemorySyncCheckpointStore();

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_store_with_nothing_saved_returns_no_progress(string kind)
    {
        Assert.Equal(SyncProgress.None, await Store(kind).LoadAsync("firm", "mycase", CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Progress_reads_back_whole_including_null_instants(string kind)
    {
        var store = Store(kind);
        var start = Instant.FromUtc(2026, 11, 24, 21, 0);
        var running = SyncProgress.None.Started(start, new SyncWindow(start - Duration.FromDays(365), start))
            .AtCursor("page-7").WithWriteDone("sync-a").WithWriteDone("sync-b").WithWriteDone("sync-a");

        await store.SaveAsync("firm/1", "mycase", running, CancellationToken.None);
        await store.SaveAsync("firm/1", "casepeer", SyncProgress.None, CancellationToken.None);
        var read = await store.LoadAsync("firm/1", "mycase", CancellationToken.None);

        Assert.Equal(start, read.PullStartedAt);
        Assert.Equal(running.Window, read.Window);
        Assert.Equal("page-7", read.Cursor);
        Assert.Equal(["sync-a", "sync-b"], read.CompletedWrites);
        Assert.Null(read.Checkpoint.LastSuccessfulPullStart);
        Assert.Equal(SyncProgress.None.Checkpoint, (await store.LoadAsync("firm/1", "casepeer", CancellationToken.None)).Checkpoint);
    }

    [Fact]
    public void Completing_a_run_advances_the_checkpoint_and_clears_the_run()
    {
        var start = Instant.FromUtc(2026, 11, 24, 21, 0);

        var done = SyncProgress.None.Started(start, new SyncWindow(start, start)).WithWriteDone("k").Completed();

        Assert.False(done.IsRunning);
        Assert.Empty(done.CompletedWrites);
        Assert.Equal(start, done.Checkpoint.LastSuccessfulPullStart);
        Assert.Throws<InvalidOperationException>(() => SyncProgress.None.Completed());
    }

    [Fact]
    public async Task A_corrupt_progress_file_is_a_clear_error()
    {
        var store = new FileSyncCheckpointStore(_directory);
        await store.SaveAsync("firm", "mycase", SyncProgress.None, CancellationToken.None);
        var file = Assert.Single(Directory.GetFiles(_directory));
        await File.WriteAllTextAsync(file, "{ half a file");

        var error = await Assert.ThrowsAsync<ConnectorStateFileException>(async () => await store.LoadAsync(
            "firm",
            "mycase",
            CancellationToken.None));

        Assert.Contains("mycase", error.Message, StringComparison.Ordinal);
        Assert.Equal(file, error.FilePath);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{}")]
    [InlineData("{\"checkpoint\": null}")]
    [InlineData("{\"checkpoint\": {\"firstSyncCompleted\": true}, \"completedWrites\": null}")]
    [InlineData("[]")]
    public async Task A_progress_file_that_holds_no_progress_is_an_error_naming_the_file_never_a_reset(string text)
    {
        var store = new FileSyncCheckpointStore(_directory);
        var start = Instant.FromUtc(2026, 11, 24, 21, 0);
        await store.SaveAsync("firm", "mycase", SyncProgress.None.Started(start, SyncWindow.Unbounded).Completed(), CancellationToken.None);
        var file = Assert.Single(Directory.GetFiles(_directory));
        await File.WriteAllTextAsync(file, text);

        var error = await Assert.ThrowsAsync<ConnectorStateFileException>(async () => await store.LoadAsync(
            "firm",
            "mycase",
            CancellationToken.None));

        Assert.Equal(file, error.FilePath);
        Assert.Contains(Path.GetFileName(file), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_progress_file_is_readable_and_writable_by_its_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes; on Windows the file inherits its folder's ACL
        }

        var store = new FileSyncCheckpointStore(_directory);

        await store.SaveAsync("firm", "mycase", SyncProgress.None, CancellationToken.None);
        await store.SaveAsync("firm", "mycase", SyncProgress.None, CancellationToken.None);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Assert.Single(Directory.GetFiles(_directory))));
    }

    [Fact]
    public async Task Concurrent_saves_from_two_stores_never_collide_and_leave_one_whole_file()
    {
        var first = new FileSyncCheckpointStore(_directory);
        var second = new FileSyncCheckpointStore(_directory);
        var start = Instant.FromUtc(2026, 11, 24, 21, 0);

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
            await (i % 2 == 0 ? first : second).SaveAsync(
                "firm",
                "mycase",
                SyncProgress.None.Started(start, SyncWindow.Unbounded).AtCursor($"page-{i}"),
                CancellationToken.None))));

        Assert.Single(Directory.GetFiles(_directory));
        Assert.StartsWith("page-", (await first.LoadAsync("firm", "mycase", CancellationToken.None)).Cursor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_leaves_no_temporary_files()
    {
        var store = new FileSyncCheckpointStore(_directory);

        await store.SaveAsync("firm", "mycase", SyncProgress.None, CancellationToken.None);
        await store.SaveAsync(
            "firm",
            "mycase",
            SyncProgress.None.Started(Instant.FromUtc(2026, 1, 1, 0, 0), SyncWindow.Unbounded),
            CancellationToken.None);

        Assert.Single(Directory.GetFiles(_directory));
    }
}
