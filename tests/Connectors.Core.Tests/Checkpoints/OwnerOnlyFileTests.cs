using Connectors.Core.Storage;

namespace Connectors.Core.Tests.Checkpoints;

public sealed class OwnerOnlyFileTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "connectors-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task The_temporary_is_owner_only_before_the_first_byte_is_written_and_sits_beside_the_target()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes; on Windows the file inherits its folder's ACL
        }

        var path = Path.Combine(_directory, "state.json");
        string? temporary = null;
        UnixFileMode? modeBeforeWriting = null;

        await OwnerOnlyFile.WriteAsync(path, async (stream, ct) =>
        {
            temporary = Assert.Single(Directory.GetFiles(_directory));
            modeBeforeWriting = OperatingSystem.IsWindows() ? null : File.GetUnixFileMode(temporary);
            await stream.WriteAsync("{}"u8.ToArray(), ct);
        }, CancellationToken.None);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, modeBeforeWriting);
        Assert.NotEqual(path, temporary);
        Assert.StartsWith($".state.json.", Path.GetFileName(temporary), StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_directory));
        Assert.Equal([path], Directory.GetFiles(_directory));
    }

    [Fact]
    public async Task A_write_that_fails_leaves_the_previous_file_and_no_temporary()
    {
        var path = Path.Combine(_directory, "state.json");
        await OwnerOnlyFile.WriteAsync(
            path,
            (stream, ct) => stream.WriteAsync("\"before\""u8.ToArray(), ct).AsTask(),
            CancellationToken.None);

        await Assert.ThrowsAsync<IOException>(() => OwnerOnlyFile.WriteAsync(path, async (stream, ct) =>
        {
            await stream.WriteAsync("\"half"u8.ToArray(), ct);
            throw new IOException("disk full");
        }, CancellationToken.None));

        Assert.Equal("\"before\"", await File.ReadAllTextAsync(path));
        Assert.Equal([path], Directory.GetFiles(_directory));
    }
}
