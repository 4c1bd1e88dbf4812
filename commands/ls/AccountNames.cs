using Minix.Commands.Libc;
using Minix.Posix.Abi;

namespace Minix.Commands.Ls;

/// <summary>User or group names by number, from /etc/passwd or /etc/group (NAME:x:NUMBER:...); a number not there is shown as itself.</summary>
internal sealed class AccountNames
{
    private readonly Dictionary<int, string> _names = new();

    public AccountNames(string file)
    {
        long fd = Sys.Open(file, OpenFlags.ReadOnly);
        if (fd < 0)
            return;
        var text = new List<byte>();
        var buffer = new byte[4096];
        long got;
        while ((got = Sys.Read((int)fd, buffer)) > 0)
            text.AddRange(buffer.AsSpan(0, (int)got).ToArray());
        Sys.Close((int)fd);
        foreach (string line in System.Text.Encoding.UTF8.GetString(text.ToArray()).Split('\n'))
        {
            string[] fields = line.Split(':');
            // the first line for a number wins, as getpwuid's search
            if (fields.Length > 2 && int.TryParse(fields[2], out int number) && !_names.ContainsKey(number))
                _names[number] = fields[0];
        }
    }

    public string Of(int number) => _names.TryGetValue(number, out string? name) ? name : number.ToString();

    /// <summary>Whether <paramref name="number"/> has a name (ls -l pads a name on the right, a number on the left).</summary>
    public bool Has(int number) => _names.ContainsKey(number);
}
