using System.Buffers.Text;
using System.Text;

namespace Cloud.Organizations.Api.Tree;

/// <summary>The opaque keyset cursor of a search: the (name, id) of the last organization of a page.</summary>
public readonly record struct SearchCursor(string Name, Guid Id)
{
    public override string ToString() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Id:N}{Name}"));

    public static bool TryParse(string value, out SearchCursor cursor)
    {
        cursor = default;
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(value);
        }
        catch (FormatException)
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(bytes);
        if (text.Length < 32 || !Guid.TryParseExact(text[..32], "N", out var id))
        {
            return false;
        }

        cursor = new(text[32..], id);
        return true;
    }
}
