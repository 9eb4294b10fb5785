namespace Cloud.DemoSeed;

/// <summary>Files only the current user may read (signing key, tokens), created with mode 600 so they are never readable by others.</summary>
public static class PrivateFile
{
    public static void Write(string path, string text, FileMode mode = FileMode.Create)
    {
        var options = new FileStreamOptions
        {
            Mode = mode,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        };
        using var writer = new StreamWriter(path, options);
        writer.Write(text);
    }
}
