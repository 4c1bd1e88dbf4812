using System.Collections.Generic;
using System.Text;

namespace Minix.Analyzers.Bench;

/// <summary>
/// Writes a synthetic driver project: files of about 100 lines, each a driver class with a message loop, request
/// handlers doing device I/O through DevIo, logging, alarms and arithmetic; one file in ten is MINIX 2 style
/// (PortIo, KernelLog) so the dependency rules have something to report.
/// </summary>
public static class DriverGenerator
{
    /// <summary>Generates files until the project holds at least <paramref name="lines"/> lines.</summary>
    /// <param name="lines">The project's size in lines.</param>
    /// <returns>File names and contents.</returns>
    public static List<(string Name, string Text)> Generate(int lines)
    {
        var files = new List<(string, string)>();
        int total = 0;
        for (int i = 0; total < lines; i++)
        {
            string text = File(i);
            total += text.Split('\n').Length - 1;
            files.Add(("Driver" + i + ".cs", text));
        }

        return files;
    }

    /// <summary>Counts the lines of generated files.</summary>
    /// <param name="files">The files.</param>
    /// <returns>The total number of lines.</returns>
    public static int CountLines(List<(string Name, string Text)> files)
    {
        int total = 0;
        foreach ((string _, string text) in files)
            total += text.Split('\n').Length - 1;
        return total;
    }

    private static string File(int i)
    {
        bool legacy = i % 10 == 0;
        int port = 0x300 + (i % 32) * 8;
        var s = new StringBuilder();
        s.Append("using Minix.DriverKit;\nusing Minix.Ipc;\nusing Minix.Kernel.Calls;\n");
        if (legacy)
            s.Append("using Minix.Kernel.Arch;\nusing Minix.Kernel.Core;\n");
        s.Append("\nnamespace Generated;\n\n");
        s.Append("/// <summary>Generated driver ").Append(i).Append(".</summary>\n");
        s.Append("public static class Driver").Append(i).Append("\n{\n");
        s.Append("    private const ushort Base = 0x").Append(port.ToString("x")).Append(";\n");
        s.Append("    private const int Read = MessageType.CharDeviceBase + 2;\n");
        s.Append("    private const int Write = MessageType.CharDeviceBase + 3;\n");
        s.Append("    private static byte[] s_buffer = new byte[64];\n");
        s.Append("    private static int s_count;\n");
        s.Append("    private static int s_errors;\n\n");
        s.Append("    public static void Run()\n    {\n");
        s.Append("        var message = new Message(0);\n");
        s.Append("        while (true)\n        {\n");
        s.Append("            if (Messaging.Receive(Endpoint.Any, ref message, out IpcStatus status) != Status.Ok)\n                continue;\n");
        s.Append("            if (status.IsNotify)\n            {\n                OnNotify(ref message);\n                continue;\n            }\n\n");
        s.Append("            int result = message.Type switch\n            {\n");
        s.Append("                Read => DoRead(message.PayloadBytes),\n");
        s.Append("                Write => DoWrite(message.PayloadBytes),\n");
        s.Append("                _ => (int)Status.InvalidArgument,\n            };\n");
        s.Append("            var reply = new Message(result);\n");
        s.Append("            Messaging.SendNb(message.Source, ref reply);\n");
        s.Append("        }\n    }\n\n");
        s.Append("    private static void OnNotify(ref Message message)\n    {\n");
        s.Append("        if (message.Source == Endpoint.Clock)\n        {\n");
        s.Append("            s_errors++;\n");
        s.Append("            Log.Write(\"driver ").Append(i).Append(": timeout\\n\"u8);\n");
        s.Append("        }\n        else if (message.Source == Endpoint.Hardware)\n        {\n");
        s.Append("            s_count = Checksum(s_buffer, s_count);\n        }\n    }\n\n");
        s.Append("    private static int DoRead(System.Span<byte> payload)\n    {\n");
        s.Append("        int n = System.Math.Min(payload.Length, s_buffer.Length);\n");
        s.Append("        for (int k = 0; k < n; k++)\n        {\n");
        s.Append(legacy ? "            payload[k] = PortIo.InByte(Base);\n" : "            payload[k] = DevIo.InByte(Base);\n");
        s.Append("            s_buffer[k] = payload[k];\n        }\n\n");
        s.Append("        Sys.SetAlarm(60, false, out _);\n");
        s.Append("        return n;\n    }\n\n");
        s.Append("    private static int DoWrite(System.ReadOnlySpan<byte> payload)\n    {\n");
        s.Append("        int written = 0;\n");
        s.Append("        foreach (byte b in payload)\n        {\n");
        s.Append("            if ((DevIo.InByte(Base + 1) & 0x80) == 0)\n                break;\n");
        s.Append(legacy ? "            PortIo.OutByte(Base, b);\n" : "            DevIo.OutByte(Base, b);\n");
        s.Append("            DevIo.OutByte(Base + 2, 0x0d);\n");
        s.Append("            DevIo.OutByte(Base + 2, 0x0c);\n");
        s.Append("            written++;\n        }\n\n");
        s.Append(legacy ? "        KernelLog.Write(\"legacy write\\n\"u8);\n" : "        Log.Write(\"write\\n\"u8);\n");
        s.Append("        return written;\n    }\n\n");
        s.Append("    private static int Checksum(System.ReadOnlySpan<byte> data, int seed)\n    {\n");
        s.Append("        int sum = seed;\n");
        s.Append("        for (int k = 0; k < data.Length; k++)\n");
        s.Append("            sum = (sum * 31 + data[k]) & 0x7fffffff;\n");
        s.Append("        return sum;\n    }\n\n");
        s.Append("    private static ulong Mix(ulong x)\n    {\n");
        s.Append("        x ^= x >> 33;\n        x *= 0xff51afd7ed558ccdUL;\n        x ^= x >> 33;\n");
        s.Append("        x *= 0xc4ceb9fe1a85ec53UL;\n        x ^= x >> 33;\n        return x;\n    }\n\n");
        s.Append("    /// <summary>Status of the device.</summary>\n");
        s.Append("    public static int State => (int)(Mix((ulong)s_count) & 0xff) + s_errors;\n");
        s.Append("}\n");
        return s.ToString();
    }
}
