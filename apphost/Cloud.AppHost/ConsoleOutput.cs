namespace Cloud.AppHost;

/// <summary>Writes every line under the name of the process it came from, so interleaved output stays readable.</summary>
public static class ConsoleOutput
{
    public const string AppHostName = "apphost";

    private static readonly Lock Gate = new();
    private static int width = AppHostName.Length;

    /// <summary>Pads every prefix to the longest name, so the messages line up.</summary>
    public static void ReserveWidth(IEnumerable<string> names)
    {
        lock (Gate)
        {
            width = names.Append(AppHostName).Max(n => n.Length);
        }
    }

    public static void Line(string source, string text)
    {
        lock (Gate)
        {
            Write($"{$"[{source}]".PadRight(width + 2)} {text}");
        }
    }

    public static void Info(string text) => Line(AppHostName, text);

    public static void Error(string text)
    {
        lock (Gate)
        {
            foreach (var line in text.Split('\n'))
            {
                Write($"{$"[{AppHostName}]".PadRight(width + 2)} ERROR {line}");
            }
        }
    }

    /// <summary>A block without prefixes, so its commands can be copied as they are.</summary>
    public static void Block(IEnumerable<string> lines)
    {
        lock (Gate)
        {
            foreach (var line in lines)
            {
                Write(line);
            }
        }
    }

    private static void Write(string text)
    {
        try
        {
            Console.Out.WriteLine(text);
        }
        catch (IOException)
        {
            // The terminal went away (SIGHUP); stopping the children matters more than our log.
        }
    }
}
