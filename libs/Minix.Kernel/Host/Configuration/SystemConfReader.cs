using System.Collections.Generic;
using System.Globalization;
using Minix.Kernel.Calls;

namespace Minix.Kernel.Configuration;

/// <summary>
/// Reads system.conf files in MINIX's syntax:
/// <code>
/// service printer
/// {
///     io      378:4;          # hex base[:count]
///     irq     7;
///     system  DEVIO IRQCTL;   # kernel calls, basic ones added
///     ipc     SYSTEM rs tty;  # whom it may send to
///     uid     0;
/// };
/// </code>
/// Any mistake (unknown option, bad number, overlapping or misaligned port range, unknown kernel call, unterminated
/// block, ...) throws a <see cref="SystemConfException"/> naming file, line and column; nothing half-read is returned.
/// </summary>
public static class SystemConfReader
{
    /// <summary>The options a service entry may hold.</summary>
    public static IReadOnlyList<string> Options { get; } = new[] { "io", "irq", "mem", "system", "ipc", "control", "uid", "priority", "quantum", "period" };

    // mem ranges are whole pages of the physical memory the kernel maps (MemoryLayout's page size and its 4 GiB direct
    // map; this file is also compiled into the analyzer, which has no MemoryLayout).
    private const ulong PageSize = 4096;
    private const ulong MappableBytes = 4UL << 30;

    /// <summary>The highest scheduling queue number.</summary>
    public const int LowestPriority = 15;

    /// <summary>Reads a whole file's text.</summary>
    /// <param name="text">The file's contents.</param>
    /// <param name="fileName">The name to put in error messages and locations.</param>
    /// <returns>The entries in file order.</returns>
    /// <exception cref="SystemConfException">The text is not a valid system.conf.</exception>
    public static IReadOnlyList<ServiceConfig> Read(string text, string fileName)
    {
        var lexer = new SystemConfLexer(text, fileName);
        var services = new List<ServiceConfig>();
        var seen = new Dictionary<string, SourceLocation>();
        while (true)
        {
            SystemConfToken token = lexer.Next();
            if (token.Kind == SystemConfTokenKind.End)
                return services;
            if (token.Kind != SystemConfTokenKind.Word || token.Text != "service")
                throw new SystemConfException(token.Location, "expected 'service', found " + token.Describe());
            SystemConfToken name = lexer.Next();
            if (name.Kind != SystemConfTokenKind.Word)
                throw new SystemConfException(name.Location, "expected a service name after 'service', found " + name.Describe());
            CheckName(name);
            if (seen.TryGetValue(name.Text, out SourceLocation first))
                throw new SystemConfException(name.Location, "service '" + name.Text + "' is already defined at " + first);
            seen.Add(name.Text, name.Location);
            services.Add(ReadService(lexer, token, name));
        }
    }

    /// <summary>Reads a file from disk.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The entries.</returns>
    /// <exception cref="SystemConfException">The text is not a valid system.conf.</exception>
    public static IReadOnlyList<ServiceConfig> ReadFile(string path) => Read(System.IO.File.ReadAllText(path), path);

    private static void CheckName(SystemConfToken name)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(name.Text) > Limits.NameLength)
            throw new SystemConfException(name.Location, "service name '" + name.Text + "' is longer than " + Limits.NameLength + " bytes");
        foreach (char c in name.Text)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '-' || c == '.'))
                throw new SystemConfException(name.Location, "service name '" + name.Text + "' may only hold letters, digits, '_', '-' and '.'");
        }
    }

    private static ServiceConfig ReadService(SystemConfLexer lexer, SystemConfToken keyword, SystemConfToken name)
    {
        var config = new ServiceConfig(name.Text, keyword.Location);
        SystemConfToken open = lexer.Next();
        if (open.Kind != SystemConfTokenKind.OpenBrace)
            throw new SystemConfException(open.Location, "expected '{' after 'service " + name.Text + "', found " + open.Describe());
        var locations = new Dictionary<string, SourceLocation>();
        SystemConfToken last = open, close = open;
        while (true)
        {
            SystemConfToken key = lexer.Next();
            close = key;
            if (key.Kind == SystemConfTokenKind.CloseBrace)
                break;
            // The next entry began before this one ended: the '};' is missing after the block's last complete part.
            if (key.Kind == SystemConfTokenKind.Word && key.Text == "service")
                throw new SystemConfException(After(last), "service '" + name.Text + "' is not closed: '};' is missing here, before the 'service' at " + key.Location);
            if (key.Kind == SystemConfTokenKind.End)
                throw new SystemConfException(open.Location, "unterminated block: the '{' of service '" + name.Text + "' is never closed with '};'");
            if (key.Kind != SystemConfTokenKind.Word)
                throw new SystemConfException(key.Location, "expected an option name, found " + key.Describe());
            if (System.Array.IndexOf((string[])Options, key.Text) < 0)
                throw new SystemConfException(key.Location, "unknown option '" + key.Text + "' (known: " + string.Join(", ", Options) + ")");
            if (locations.TryGetValue(key.Text, out SourceLocation earlier))
                throw new SystemConfException(key.Location, "option '" + key.Text + "' is already given at " + earlier);
            locations.Add(key.Text, key.Location);

            var values = new List<SystemConfToken>();
            while (true)
            {
                SystemConfToken value = lexer.Next();
                if (value.Kind == SystemConfTokenKind.Semicolon)
                {
                    last = value;
                    break;
                }

                SystemConfToken previous = values.Count > 0 ? values[values.Count - 1] : key;
                // An option name at the start of a new line is the next option: the ';' is missing at the end of the line before.
                if (value.Kind != SystemConfTokenKind.End && value.Location.Line > previous.Location.Line && System.Array.IndexOf((string[])Options, value.Text) >= 0)
                    throw new SystemConfException(After(previous), "missing ';' after option '" + key.Text + "' (the next line starts option '" + value.Text + "')");
                if (value.Kind == SystemConfTokenKind.CloseBrace)
                    throw new SystemConfException(After(previous), "missing ';' after option '" + key.Text + "', before the '}' at " + value.Location);
                if (value.Kind == SystemConfTokenKind.End)
                    throw new SystemConfException(open.Location, "unterminated block: the '{' of service '" + name.Text + "' is never closed with '};' (option '" + key.Text + "' lacks its ';')");
                if (value.Kind != SystemConfTokenKind.Word)
                    throw new SystemConfException(value.Location, "expected ';' after option '" + key.Text + "', found " + value.Describe());
                values.Add(value);
            }

            if (values.Count == 0)
                throw new SystemConfException(key.Location, "option '" + key.Text + "' needs a value");
            ApplyOption(config, key, values);
        }

        SystemConfToken semicolon = lexer.Next();
        if (semicolon.Kind != SystemConfTokenKind.Semicolon)
            throw new SystemConfException(After(close), "expected ';' after the '}' of service '" + name.Text + "', found " + semicolon.Describe() + " at " + semicolon.Location);
        config.OptionLocations = locations;
        return config;
    }

    private static void ApplyOption(ServiceConfig config, SystemConfToken key, List<SystemConfToken> values)
    {
        switch (key.Text)
        {
            case "io":
                config.IoMode = ReadMode(key, values, allowAllSystem: false);
                if (config.IoMode == ListMode.Listed)
                    config.Io = ReadPortRanges(values);
                break;
            case "irq":
                config.IrqMode = ReadMode(key, values, allowAllSystem: false);
                if (config.IrqMode == ListMode.Listed)
                    config.Irqs = ReadIrqs(values);
                break;
            case "mem":
                config.Memory = ReadMemory(values);
                break;
            case "system":
                config.SystemMode = ReadMode(key, values, allowAllSystem: false, basic: true);
                if (config.SystemMode == ListMode.Listed)
                    config.SystemCalls = ReadCalls(values);
                break;
            case "ipc":
                config.IpcMode = ReadMode(key, values, allowAllSystem: true);
                if (config.IpcMode == ListMode.Listed)
                    config.Ipc = Words(values);
                break;
            case "control":
                config.Control = Words(values);
                break;
            case "uid":
                config.Uid = ReadSingleNumber(key, values, 0, int.MaxValue);
                break;
            case "priority":
                config.Priority = ReadSingleNumber(key, values, 0, LowestPriority);
                break;
            case "quantum":
                config.Quantum = ReadSingleNumber(key, values, 1, 10000);
                break;
            case "period":
                config.Period = ReadSingleNumber(key, values, 0, int.MaxValue);
                break;
        }
    }

    private static ListMode ReadMode(SystemConfToken key, List<SystemConfToken> values, bool allowAllSystem, bool basic = false)
    {
        ListMode mode = ListMode.Listed;
        foreach (SystemConfToken value in values)
        {
            ListMode given = value.Text switch
            {
                "ALL" => ListMode.All,
                "NONE" => ListMode.None,
                "ALL_SYS" when allowAllSystem => ListMode.AllSystem,
                "BASIC" when basic => ListMode.Default,
                _ => ListMode.Listed,
            };
            if (given != ListMode.Listed)
            {
                if (values.Count != 1)
                    throw new SystemConfException(value.Location, "'" + value.Text + "' must stand alone in option '" + key.Text + "'");
                mode = given;
            }
        }

        return mode;
    }

    private static ConfigWord[] Words(List<SystemConfToken> values)
    {
        var words = new ConfigWord[values.Count];
        for (int i = 0; i < values.Count; i++)
            words[i] = new ConfigWord(values[i].Text, values[i].Location);
        return words;
    }

    private static PortRange[] ReadPortRanges(List<SystemConfToken> values)
    {
        if (values.Count > Limits.IoRanges)
            throw new SystemConfException(values[Limits.IoRanges].Location, "too many port ranges: at most " + Limits.IoRanges);
        var ranges = new PortRange[values.Count];
        for (int i = 0; i < values.Count; i++)
        {
            SystemConfToken value = values[i];
            string text = value.Text;
            int colon = text.IndexOf(':');
            int first = ParseHex(value, colon < 0 ? text : text.Substring(0, colon), 0);
            int count = colon < 0 ? 1 : ParseHex(value, text.Substring(colon + 1), colon + 1);
            if (first > 0xFFFF)
                throw new SystemConfException(value.Location, "port 0x" + first.ToString("x") + " is above 0xffff");
            // In long: a count near int.MaxValue must not wrap round to a small last port.
            if (count < 1 || (long)first + count - 1 > 0xFFFF)
                throw new SystemConfException(count > 0x10000 ? Shifted(value, colon + 1) : value.Location, "port range '" + text + "' is empty or runs past port 0xffff");
            var range = new PortRange(first, count);
            // ISA devices decode naturally aligned blocks: a power-of-two block that straddles one is a typo.
            if ((count & (count - 1)) == 0 && first % count != 0)
                throw new SystemConfException(value.Location, "port range '" + text + "' is misaligned: a block of " + count + " ports must start at a multiple of " + count);
            for (int j = 0; j < i; j++)
            {
                if (ranges[j].First <= range.Last && range.First <= ranges[j].Last)
                    throw new SystemConfException(value.Location, "port range '" + text + "' overlaps '" + values[j].Text + "' at " + values[j].Location);
            }

            ranges[i] = range;
        }

        return ranges;
    }

    /// <summary>Where a token ends: the column just after its last character.</summary>
    private static SourceLocation After(SystemConfToken token) => Shifted(token, token.Text.Length);

    private static SourceLocation Shifted(SystemConfToken token, int columns) =>
        new(token.Location.File, token.Location.Line, token.Location.Column + columns);

    private static MemoryEntry[] ReadMemory(List<SystemConfToken> values)
    {
        if (values.Count > Limits.MemoryRanges)
            throw new SystemConfException(values[Limits.MemoryRanges].Location, "too many memory ranges: at most " + Limits.MemoryRanges);
        var entries = new MemoryEntry[values.Count];
        for (int i = 0; i < values.Count; i++)
        {
            SystemConfToken value = values[i];
            int colon = value.Text.IndexOf(':');
            if (colon < 0)
            {
                entries[i] = new MemoryEntry(value.Text, value.Location);
                continue;
            }

            ulong first = ParseAddress(value, value.Text.Substring(0, colon), 0);
            ulong length = ParseAddress(value, value.Text.Substring(colon + 1), colon + 1);
            if (first % PageSize != 0 || length == 0 || length % PageSize != 0)
                throw new SystemConfException(value.Location, "memory range '" + value.Text + "' must be whole pages: a base and a non-zero length that are multiples of 0x1000");
            if (first + length < first || first + length > MappableBytes)
                throw new SystemConfException(value.Location, "memory range '" + value.Text + "' runs past the 4 GiB the kernel maps");
            entries[i] = new MemoryEntry(first, length, value.Location);
        }

        return entries;
    }

    private static ulong ParseAddress(SystemConfToken token, string digits, int offset)
    {
        string body = digits.StartsWith("0x", System.StringComparison.OrdinalIgnoreCase) ? digits.Substring(2) : digits;
        if (body.Length == 0 || body.Length > 16 || !ulong.TryParse(body, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong value))
        {
            var at = new SourceLocation(token.Location.File, token.Location.Line, token.Location.Column + offset);
            throw new SystemConfException(at, "bad hexadecimal number '" + digits + "'");
        }

        return value;
    }

    private static int ParseHex(SystemConfToken token, string digits, int offset)
    {
        string body = digits.StartsWith("0x", System.StringComparison.OrdinalIgnoreCase) ? digits.Substring(2) : digits;
        if (body.Length == 0 || body.Length > 8 || !int.TryParse(body, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int value) || value < 0)
        {
            throw new SystemConfException(Shifted(token, offset), "bad hexadecimal number '" + digits + "'");
        }

        return value;
    }

    private static int[] ReadIrqs(List<SystemConfToken> values)
    {
        var irqs = new int[values.Count];
        for (int i = 0; i < values.Count; i++)
        {
            irqs[i] = ParseDecimal(values[i], 0, Limits.IrqLines - 1, "IRQ line");
            for (int j = 0; j < i; j++)
            {
                if (irqs[j] == irqs[i])
                    throw new SystemConfException(values[i].Location, "IRQ " + irqs[i] + " is listed twice");
            }
        }

        return irqs;
    }

    private static KernelCall[] ReadCalls(List<SystemConfToken> values)
    {
        var calls = new List<KernelCall>();
        foreach (SystemConfToken value in values)
        {
            if (!KernelCallNames.TryParse(value.Text, out KernelCall call))
                throw new SystemConfException(value.Location, "unknown kernel call '" + value.Text + "' (known: " + string.Join(" ", KernelCallNames.All) + ")");
            if (calls.Contains(call))
                throw new SystemConfException(value.Location, "kernel call '" + value.Text + "' is listed twice");
            calls.Add(call);
        }

        return calls.ToArray();
    }

    private static int ReadSingleNumber(SystemConfToken key, List<SystemConfToken> values, int min, int max)
    {
        if (values.Count != 1)
            throw new SystemConfException(values[1].Location, "option '" + key.Text + "' takes one number");
        return ParseDecimal(values[0], min, max, "'" + key.Text + "' value");
    }

    private static int ParseDecimal(SystemConfToken token, int min, int max, string what)
    {
        if (!int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out int value))
            throw new SystemConfException(token.Location, "bad number '" + token.Text + "'");
        if (value < min || value > max)
            throw new SystemConfException(token.Location, what + " " + value + " is out of range " + min + ".." + max);
        return value;
    }
}
