using System.Collections.Generic;
using System.Text;

namespace Minix.Kernel.Configuration;

/// <summary>Writes service entries back in system.conf syntax; reading the output gives equal entries.</summary>
public static class SystemConfWriter
{
    /// <summary>Formats entries as a system.conf file.</summary>
    /// <param name="services">The entries.</param>
    /// <returns>The file text.</returns>
    public static string Write(IEnumerable<ServiceConfig> services)
    {
        var text = new StringBuilder();
        bool first = true;
        foreach (ServiceConfig service in services)
        {
            if (!first)
                text.Append('\n');
            first = false;
            Write(text, service);
        }

        return text.ToString();
    }

    private static void Write(StringBuilder text, ServiceConfig service)
    {
        text.Append("service ").Append(service.Name).Append("\n{\n");
        WriteList(text, "io", service.IoMode, service.Io);
        WriteList(text, "irq", service.IrqMode, service.Irqs);
        if (service.Memory.Count > 0)
            WriteList(text, "mem", ListMode.Listed, service.Memory);
        var calls = new List<string>();
        foreach (Calls.KernelCall call in service.SystemCalls)
            calls.Add(KernelCallNames.Name(call));
        WriteList(text, "system", service.SystemMode, calls);
        WriteList(text, "ipc", service.IpcMode, service.Ipc);
        if (service.Control.Count > 0)
            WriteList(text, "control", ListMode.Listed, service.Control);
        WriteNumber(text, "uid", service.Uid);
        WriteNumber(text, "priority", service.Priority);
        WriteNumber(text, "quantum", service.Quantum);
        WriteNumber(text, "period", service.Period);
        text.Append("};\n");
    }

    private static void WriteList<T>(StringBuilder text, string key, ListMode mode, IEnumerable<T> items)
    {
        switch (mode)
        {
            case ListMode.Default:
                return;
            case ListMode.All:
                Option(text, key).Append("ALL;\n");
                return;
            case ListMode.None:
                Option(text, key).Append("NONE;\n");
                return;
            case ListMode.AllSystem:
                Option(text, key).Append("ALL_SYS;\n");
                return;
        }

        Option(text, key).Append(string.Join(" ", items)).Append(";\n");
    }

    private static void WriteNumber(StringBuilder text, string key, int? value)
    {
        if (value.HasValue)
            Option(text, key).Append(value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(";\n");
    }

    private static StringBuilder Option(StringBuilder text, string key) => text.Append("    ").Append(key.PadRight(9));
}
