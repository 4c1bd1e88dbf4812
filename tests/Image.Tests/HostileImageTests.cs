namespace Image.Tests;

/// <summary>
/// A hostile user program tries, one incarnation per attack, everything ring 3 must never be able to do. Each attack
/// ends that program alone, the kernel's line says how and where its instruction pointer was, and a witness shows
/// afterwards that the system and the data it granted are intact. One boot for the whole class.
/// </summary>
public class HostileImageTests(HostileImageFixture fixture) : IClassFixture<HostileImageFixture>
{
    private string Transcript => "\n--- transcript ---\n" + fixture.Run.Output;

    private void Ended(string attack, string how)
    {
        string? line = fixture.KernelLineAfter(attack);
        Assert.True(line is not null, "no kernel line ends the attacker after 'trying " + attack + "'" + Transcript);
        Assert.Contains(how, line, StringComparison.Ordinal);
        Assert.Contains("warden: attack " + attack + " ended hostile and nothing else", fixture.Lines);
    }

    [Theory]
    [InlineData("cli")]
    [InlineData("hlt")]
    [InlineData("in")]
    [InlineData("out")]
    [InlineData("swapgs")]
    public void A_privileged_instruction_in_a_user_program_is_a_general_protection_fault_that_ends_only_that_program(string attack) =>
        Ended(attack, "killed by general protection fault (vector 13)");

    [Fact]
    public void A_fault_in_the_programs_own_code_still_names_the_function()
    {
        Assert.EndsWith(" in minix_probe_cli", fixture.KernelLineAfter("cli"));
    }

    [Theory]
    [InlineData("int-0x80")]
    [InlineData("int-14")]
    public void An_interrupt_through_a_gate_that_is_no_kernel_trap_ends_only_the_program_that_tried_it(string attack) =>
        Ended(attack, "killed by general protection fault (vector 13)");

    [Theory]
    [InlineData("load-kernel-text", "address 0xffffffff80102000")]
    [InlineData("store-kernel-text", "address 0xffffffff80102000")]
    [InlineData("load-direct-map", "address 0xffff800000100000")]
    [InlineData("store-direct-map", "address 0xffff800000100000")]
    public void A_load_or_store_to_kernel_memory_is_a_page_fault_in_the_programs_own_code_that_ends_only_that_program(string attack, string address)
    {
        Ended(attack, "killed by page fault (vector 14) at ip 0x4");
        Assert.Contains(address + " in Image.Programs.Hostile.HostileProgram.", fixture.KernelLineAfter(attack));
    }

    [Theory]
    [InlineData("jump-kernel-text")]
    [InlineData("jump-direct-map")]
    public void A_jump_into_kernel_memory_is_reported_as_a_jump_to_a_kernel_address_not_as_a_kernel_function(string attack)
    {
        Ended(attack, "killed by page fault (vector 14)");
        Assert.EndsWith(": jumped to a kernel address", fixture.KernelLineAfter(attack));
    }

    [Theory]
    [InlineData("load-non-canonical")]
    [InlineData("store-non-canonical")]
    [InlineData("jump-non-canonical")]
    public void A_non_canonical_address_is_a_general_protection_fault_that_ends_only_that_program(string attack) =>
        Ended(attack, "killed by general protection fault (vector 13)");

    [Fact]
    public void A_jump_to_a_non_canonical_address_is_reported_as_a_jump_outside_the_programs_memory()
    {
        Ended("jump-non-canonical", "at ip 0x8000000000000000");
        Assert.EndsWith(": jumped outside its memory", fixture.KernelLineAfter("jump-non-canonical"));
    }

    [Fact]
    public void Code_written_on_the_stack_does_not_run_and_the_report_says_the_program_executed_its_stack()
    {
        Ended("execute-stack", "killed by page fault (vector 14)");
        Assert.EndsWith(": executed the stack", fixture.KernelLineAfter("execute-stack"));
    }

    [Fact]
    public void After_every_attack_the_witness_finds_its_data_and_grant_intact_the_system_answering_and_memory_past_4_GiB_unmappable()
    {
        Assert.Contains("witness: after the attacks: data intact, grant intact, 100 round trips 0 OK, alarm after 3 ticks, mapping past 4 GiB -303 EMEMDENIED", fixture.Lines);
        Assert.Contains("warden: all 17 attacks ended only the attacker; the witness found the system intact", fixture.Lines);
        Assert.DoesNotContain("got through", fixture.Run.Output);
        Assert.DoesNotContain("kernel panic", fixture.Run.Output);
        Assert.Equal(0, fixture.Run.GuestStatus);
    }
}
