using FsCheck.Xunit;
using Minix.Ipc;

namespace Minix.Ipc.Tests;

public class EndpointTests
{
    [Fact]
    public void Special_endpoints_have_minix_values()
    {
        Assert.Equal(31744, Endpoint.Any.Value);
        Assert.Equal(31743, Endpoint.None.Value);
        Assert.Equal(31742, Endpoint.Self.Value);
        Assert.True(Endpoint.Any.IsSpecial);
        Assert.False(Endpoint.Any.IsKernelTask);
    }

    [Fact]
    public void Kernel_tasks_have_negative_slots_at_generation_zero()
    {
        Assert.Equal(-1, Endpoint.Hardware.Slot);
        Assert.Equal(-2, Endpoint.System.Slot);
        Assert.Equal(-3, Endpoint.Clock.Slot);
        Assert.Equal(-4, Endpoint.Idle.Slot);
        Assert.Equal(0, Endpoint.Clock.Generation);
        Assert.True(Endpoint.Clock.IsKernelTask);
        Assert.False(Endpoint.ReincarnationServer.IsKernelTask);
    }

    [Fact]
    public void Generation_zero_endpoint_equals_its_slot()
    {
        Assert.Equal(5, Endpoint.Create(0, 5).Value);
        Assert.Equal(-3, Endpoint.Create(0, -3).Value);
    }

    [Fact]
    public void Generation_is_packed_above_bit_15()
    {
        var e = Endpoint.Create(3, 7);
        Assert.Equal((3 << 15) + 7, e.Value);
        Assert.Equal(3, e.Generation);
        Assert.Equal(7, e.Slot);
    }

    [Property(MaxTest = 2000)]
    public bool Slot_and_generation_round_trip(ushort generationSeed, short slotSeed)
    {
        int generation = generationSeed % (Endpoint.MaxGeneration + 1);
        int slot = Math.Clamp((int)slotSeed, -Endpoint.MaxTaskSlots, Endpoint.SlotTop - 4);
        var e = Endpoint.Create(generation, slot);
        return e.Generation == generation && e.Slot == slot && new Endpoint(e.Value) == e;
    }

    [Fact]
    public void Round_trip_holds_at_the_edges()
    {
        foreach (int generation in new[] { 0, 1, Endpoint.MaxGeneration })
        {
            foreach (int slot in new[] { -Endpoint.MaxTaskSlots, -1, 0, Endpoint.SlotTop - 4 })
            {
                var e = Endpoint.Create(generation, slot);
                Assert.Equal(generation, e.Generation);
                Assert.Equal(slot, e.Slot);
            }
        }
    }

    [Fact]
    public void Out_of_range_slot_or_generation_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Endpoint.Create(0, Endpoint.Self.Value));
        Assert.Throws<ArgumentOutOfRangeException>(() => Endpoint.Create(0, -Endpoint.MaxTaskSlots - 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Endpoint.Create(-1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Endpoint.Create(Endpoint.MaxGeneration + 1, 0));
    }

    [Fact]
    public void Next_generation_wraps_to_one_not_zero()
    {
        Assert.Equal(2, Endpoint.NextGeneration(1));
        Assert.Equal(1, Endpoint.NextGeneration(Endpoint.MaxGeneration));
        Assert.Equal(65534, Endpoint.MaxGeneration);
    }

    [Fact]
    public void A_reused_slot_gives_a_different_endpoint()
    {
        var old = Endpoint.Create(1, 9);
        var reused = Endpoint.Create(Endpoint.NextGeneration(old.Generation), 9);
        Assert.Equal(old.Slot, reused.Slot);
        Assert.NotEqual(old, reused);
    }

    [Fact]
    public void Text_form_names_special_endpoints_and_tasks()
    {
        Assert.Equal("ANY", Endpoint.Any.ToString());
        Assert.Equal("HARDWARE", Endpoint.Hardware.ToString());
        Assert.Equal("slot 5 gen 2", Endpoint.Create(2, 5).ToString());
    }
}
