namespace Minix.Build.Corpus;

/// <summary>A device in a tiny class hierarchy.</summary>
public abstract class Device
{
    protected Device(int id) => Id = id;

    public int Id { get; }

    public abstract int Read(int register);

    public virtual int Irq => 0;

    public virtual int Describe() => Id * 100 + Irq;
}

/// <summary>A serial port.</summary>
public class Serial : Device
{
    public Serial(int id)
        : base(id)
    {
    }

    public override int Read(int register) => register * 2 + Id;

    public override int Irq => 4;
}

/// <summary>A 16550 UART: a serial port with a FIFO.</summary>
public sealed class Uart16550 : Serial
{
    private readonly int _fifo;

    public Uart16550(int id, int fifo)
        : base(id) => _fifo = fifo;

    public override int Read(int register) => base.Read(register) + _fifo;

    public override int Describe() => base.Describe() * 10 + _fifo;
}

/// <summary>A disk.</summary>
public sealed class Disk : Device
{
    public Disk(int id)
        : base(id)
    {
    }

    public override int Read(int register) => -register;

    public override int Irq => 14;
}

/// <summary>A singly linked list node.</summary>
public sealed class Node
{
    public int Value;
    public Node Next;
}

/// <summary>A binary search tree node.</summary>
public sealed class TreeNode
{
    public int Key;
    public TreeNode Left, Right;

    public static TreeNode Insert(TreeNode root, int key)
    {
        if (root is null)
            return new TreeNode { Key = key };
        if (key < root.Key)
            root.Left = Insert(root.Left, key);
        else if (key > root.Key)
            root.Right = Insert(root.Right, key);
        return root;
    }

    public static int Height(TreeNode node) => node is null ? 0 : 1 + System.Math.Max(Height(node.Left), Height(node.Right));

    public static long InOrderChecksum(TreeNode node, long h)
    {
        if (node is null)
            return h;
        h = InOrderChecksum(node.Left, h);
        h = h * 31 + node.Key;
        return InOrderChecksum(node.Right, h);
    }
}

/// <summary>A user-defined exception.</summary>
public sealed class DriverException : System.Exception
{
    public DriverException(string message)
        : base(message)
    {
    }
}

/// <summary>Classes: allocation, virtual dispatch, casts, linked structures.</summary>
public static class Classes
{
    private static Device Pick(int kind, int id) => (kind & 3) switch
    {
        0 => new Serial(id),
        1 => new Uart16550(id, 16),
        2 => new Disk(id),
        _ => null,
    };

    public static int VirtualRead(int kind, int register) => Pick(kind, 3).Read(register);

    public static int VirtualProperty(int kind) => Pick(kind, 1).Irq;

    public static int BaseCall(int kind) => Pick(kind, 2).Describe();

    public static int IsSerial(int kind) => Pick(kind, 1) is Serial ? 1 : 0;

    public static int AsUart(int kind) => Pick(kind, 1) as Uart16550 is { } u ? u.Read(1) : -1;

    public static int CastToDisk(int kind) => ((Disk)Pick(kind, 5)).Read(7);

    public static int PatternSwitch(int kind) => Pick(kind, 9) switch
    {
        Uart16550 u => u.Describe(),
        Serial s => s.Irq,
        Disk d => d.Id,
        null => -1,
        _ => -2,
    };

    public static int ReferenceEquality(int a, int b)
    {
        var x = new Serial(a);
        var y = a == b ? x : new Serial(b);
        return ReferenceEquals(x, y) ? 1 : 0;
    }

    public static long LinkedList(int n)
    {
        Node head = null;
        for (int i = 0; i < (n & 255); i++)
            head = new Node { Value = i * 3, Next = head };
        long sum = 0;
        for (var node = head; node != null; node = node.Next)
            sum = sum * 7 + node.Value;
        return sum;
    }

    public static long ReverseLinkedList(int n)
    {
        Node head = null;
        for (int i = 0; i < (n & 63); i++)
            head = new Node { Value = i, Next = head };
        Node previous = null;
        while (head != null)
        {
            var next = head.Next;
            head.Next = previous;
            previous = head;
            head = next;
        }

        long h = 0;
        for (var node = previous; node != null; node = node.Next)
            h = h * 31 + node.Value;
        return h;
    }

    public static long BinaryTree(int n, int seed)
    {
        TreeNode root = null;
        uint x = (uint)seed | 1;
        for (int i = 0; i < (n & 255); i++)
        {
            x = x * 1103515245 + 12345;
            root = TreeNode.Insert(root, (int)((x >> 16) & 1023));
        }

        return TreeNode.InOrderChecksum(root, 0) * 100 + TreeNode.Height(root);
    }

    public static int NullDeref(int n)
    {
        Node node = n > 0 ? new Node { Value = n } : null;
        return node.Value;
    }

    public static int NullVirtualCall(int kind) => Pick(kind, 1).Read(0);

    public static int ThrowCustom(int n)
    {
        if (n < 0)
            throw new DriverException("negative");
        return n;
    }

    public static int ObjectArrayOfDevices(int n)
    {
        var devices = new Device[4];
        for (int i = 0; i < devices.Length; i++)
            devices[i] = Pick(i + n, i);
        int sum = 0;
        foreach (var d in devices)
            sum += d is null ? 1000 : d.Read(2);
        return sum;
    }

    public static int ObjectToString(int n)
    {
        object o = n > 0 ? "text" : new Node();
        return o is string s ? s.Length : -1;
    }

    public static int FieldMutation(int n)
    {
        var a = new Node { Value = n };
        var b = a;
        b.Value++;
        return a.Value;
    }

    public static int GetHashCodeOfString(int n) => "stable".GetHashCode() == "stable".GetHashCode() ? n : -n;
}
