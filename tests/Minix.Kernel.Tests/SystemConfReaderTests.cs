using Minix.Kernel.Calls;
using Minix.Kernel.Configuration;

namespace Minix.Kernel.Tests;

public class SystemConfReaderTests
{
    private const string Printer = """
        # the printer, as in MINIX's printer.conf
        service printer
        {
            io      378:4 278:4;
            irq     7;
            system  DEVIO IRQCTL;
            ipc     SYSTEM pm rs;
            uid     0;
        };
        """;

    [Fact]
    public void A_minix_style_entry_is_read()
    {
        ServiceConfig printer = Assert.Single(SystemConfReader.Read(Printer, "printer.conf"));
        Assert.Equal("printer", printer.Name);
        Assert.Equal(2, printer.Location.Line);
        Assert.Equal(ListMode.Listed, printer.IoMode);
        Assert.Equal([0x378, 0x278], printer.Io.Select(r => r.First));
        Assert.All(printer.Io, r => Assert.Equal(4, r.Count));
        Assert.Equal([7], printer.Irqs);
        Assert.Equal([KernelCall.DevIo, KernelCall.IrqCtl], printer.SystemCalls);
        Assert.Equal(["SYSTEM", "pm", "rs"], printer.Ipc.Select(w => w.Text));
        Assert.Equal(0, printer.Uid);
        Assert.Equal(7, printer.Ipc[2].Location.Line);
    }

    [Fact]
    public void Absent_options_take_minix_defaults()
    {
        ServiceConfig s = Assert.Single(SystemConfReader.Read("service x { };", "f"));
        Assert.Equal(ListMode.Default, s.IoMode);
        Assert.Equal(ListMode.Default, s.SystemMode);
        Assert.Equal(ListMode.Default, s.IpcMode);
        Assert.Empty(s.Io);
        Assert.Null(s.Period);
    }

    [Fact]
    public void Several_entries_keep_file_order_and_special_words_are_read()
    {
        var entries = SystemConfReader.Read(
            "service a { io ALL; irq NONE; system ALL; ipc ALL_SYS; };\nservice b { ipc NONE; system BASIC; period 50; priority 3; quantum 20; control rs; };",
            "f");
        Assert.Equal(["a", "b"], entries.Select(e => e.Name));
        Assert.Equal(ListMode.All, entries[0].IoMode);
        Assert.Equal(ListMode.None, entries[0].IrqMode);
        Assert.Equal(ListMode.All, entries[0].SystemMode);
        Assert.Equal(ListMode.AllSystem, entries[0].IpcMode);
        Assert.Equal(ListMode.None, entries[1].IpcMode);
        Assert.Equal(ListMode.Default, entries[1].SystemMode);
        Assert.Equal(50, entries[1].Period);
        Assert.Equal(3, entries[1].Priority);
        Assert.Equal(20, entries[1].Quantum);
        Assert.Equal("rs", Assert.Single(entries[1].Control).Text);
    }

    [Theory]
    [InlineData("service p {\n  colour red;\n};", 2, 3, "unknown option 'colour'")]
    [InlineData("service p {\n  irq 7x;\n};", 2, 7, "bad number '7x'")]
    [InlineData("service p {\n  irq 16;\n};", 2, 7, "IRQ line 16 is out of range 0..15")]
    [InlineData("service p {\n  io 378:4 37a:2;\n};", 2, 12, "overlaps '378:4'")]
    [InlineData("service p {\n  io 379:4;\n};", 2, 6, "misaligned")]
    [InlineData("service p {\n  io 37g;\n};", 2, 6, "bad hexadecimal number '37g'")]
    [InlineData("service p {\n  io 378:zz;\n};", 2, 10, "bad hexadecimal number 'zz'")]
    [InlineData("service p {\n  io ffff:4;\n};", 2, 6, "runs past port 0xffff")]
    [InlineData("service p {\n  io 10000;\n};", 2, 6, "above 0xffff")]
    [InlineData("service p {\n  system DEVIO TRACE;\n};", 2, 16, "unknown kernel call 'TRACE'")]
    [InlineData("service p {\n  system DEVIO DEVIO;\n};", 2, 16, "listed twice")]
    [InlineData("service p {\n  io 378:4;\n", 1, 11, "unterminated block")]
    [InlineData("service p {\n  io 378:4\n", 1, 11, "unterminated block")]
    [InlineData("service p {\n  io 378:4;\n}\nservice q { };", 3, 2, "expected ';' after the '}' of service 'p', found 'service' at f.conf:4:1")]
    [InlineData("service p {\n  io 2:7fffffff;\n};", 2, 8, "port range '2:7fffffff' is empty or runs past port 0xffff")]
    [InlineData("service p {\n  io 378:4;\nservice q {\n  irq 7;\n};", 2, 12, "service 'p' is not closed: '};' is missing here, before the 'service' at f.conf:3:1")]
    [InlineData("service p {\n};\nservice q {\n};\nservice r {\n", 5, 11, "unterminated block")]
    [InlineData("service p {\n  irq 7\n  system DEVIO;\n};", 2, 8, "missing ';' after option 'irq' (the next line starts option 'system')")]
    [InlineData("service p {\n  period 100\n};", 2, 13, "missing ';' after option 'period', before the '}' at f.conf:3:1")]
    [InlineData("servce p { };", 1, 1, "expected 'service'")]
    [InlineData("service { };", 1, 9, "expected a service name")]
    [InlineData("service p io 378;", 1, 11, "expected '{'")]
    [InlineData("service p { irq; };", 1, 13, "needs a value")]
    [InlineData("service p { irq 7; irq 8; };", 1, 20, "already given at f.conf:1:13")]
    [InlineData("service p { };\nservice p { };", 2, 9, "already defined at f.conf:1:9")]
    [InlineData("service p { io ALL 378; };", 1, 16, "'ALL' must stand alone")]
    [InlineData("service p { uid 1 2; };", 1, 19, "takes one number")]
    [InlineData("service p { priority 16; };", 1, 22, "out of range 0..15")]
    [InlineData("service averyveryverylongname { };", 1, 9, "longer than 16 bytes")]
    [InlineData("service p { irq 7 7; };", 1, 19, "listed twice")]
    [InlineData("service p { mem b8001:1000; };", 1, 17, "must be whole pages")]
    [InlineData("service p { mem b8000:0; };", 1, 17, "must be whole pages")]
    [InlineData("service p { mem b8000:zz; };", 1, 23, "bad hexadecimal number 'zz'")]
    [InlineData("service p { mem ffffffff000:2000; };", 1, 17, "runs past the 4 GiB")]
    public void Each_mistake_is_reported_at_its_line_and_column(string text, int line, int column, string problem)
    {
        var error = Assert.Throws<SystemConfException>(() => SystemConfReader.Read(text, "f.conf"));
        Assert.Equal("f.conf", error.Location.File);
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
        Assert.Contains(problem, error.Message);
        Assert.StartsWith($"f.conf:{line}:{column}: error: ", error.Message);
    }

    [Fact]
    public void Too_many_port_ranges_are_refused_at_the_first_extra_one()
    {
        string ranges = string.Join(" ", Enumerable.Range(0, 17).Select(i => (0x100 + i * 8).ToString("x") + ":8"));
        var error = Assert.Throws<SystemConfException>(() => SystemConfReader.Read("service p { io " + ranges + "; };", "f"));
        Assert.Contains("too many port ranges", error.Message);
        Assert.Equal(1, error.Location.Line);
    }

    [Fact]
    public void Mem_takes_physical_ranges_and_boot_data_modules_by_name_and_writes_them_back()
    {
        ServiceConfig tty = Assert.Single(SystemConfReader.Read("service tty { mem b8000:8000 rootfs; };", "f"));
        Assert.Equal(2, tty.Memory.Count);
        Assert.Equal((null, 0xB8000UL, 0x8000UL), (tty.Memory[0].Module, tty.Memory[0].Physical, tty.Memory[0].Length));
        Assert.Equal("rootfs", tty.Memory[1].Module);
        Assert.Equal(30, tty.Memory[1].Location.Column);
        Assert.Contains("mem      b8000:8000 rootfs;", SystemConfWriter.Write([tty]));
    }

    [Fact]
    public void A_good_entry_after_a_bad_one_is_not_returned()
    {
        Assert.Throws<SystemConfException>(() => SystemConfReader.Read("service a { };\nservice b { irq x; };\nservice c { };", "f"));
    }

    [Fact]
    public void Non_power_of_two_blocks_and_single_ports_need_no_alignment()
    {
        ServiceConfig s = Assert.Single(SystemConfReader.Read("service floppy { io 3f0:6 0:10 81 3f7 1f1:3; };", "f"));
        Assert.Equal([0x3F0, 0x0, 0x81, 0x3F7, 0x1F1], s.Io.Select(r => r.First));
        Assert.Equal([6, 16, 1, 1, 3], s.Io.Select(r => r.Count));
    }

    [Fact]
    public void Writer_output_reads_back_the_same()
    {
        string text = Printer + "\nservice b { io ALL; irq NONE; system NONE; ipc ALL; period 50; control rs tty; priority 2; quantum 10; };\nservice c { ipc ALL_SYS; };";
        var first = SystemConfReader.Read(text, "f");
        string written = SystemConfWriter.Write(first);
        var second = SystemConfReader.Read(written, "g");
        Assert.Equal(Describe(first), Describe(second));
        Assert.Equal(written, SystemConfWriter.Write(second));
        Assert.Contains("io       378:4 278:4;", written);
    }

    private static IEnumerable<string> Describe(IEnumerable<ServiceConfig> entries) => entries.Select(e => string.Join("|",
        e.Name, e.IoMode, string.Join(",", e.Io), e.IrqMode, string.Join(",", e.Irqs), e.SystemMode, string.Join(",", e.SystemCalls),
        e.IpcMode, string.Join(",", e.Ipc), string.Join(",", e.Control), e.Uid, e.Priority, e.Quantum, e.Period));
}
