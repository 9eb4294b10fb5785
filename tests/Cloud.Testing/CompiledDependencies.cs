using System.Reflection;
using System.Reflection.Emit;

namespace Cloud.Testing;

/// <summary>
/// Every type a compiled type depends on: its base type, interfaces, attributes, fields, properties, events, method
/// signatures, and what its method bodies use (IL tokens of calls, field accesses, newobj, casts, ldtoken; local
/// variables; catch clauses), including the lambdas, iterators and async state machines the compiler nests inside it.
/// </summary>
public static class CompiledDependencies
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The types <paramref name="type"/> and its nested types use, generic arguments and element types unwrapped.</summary>
    public static IReadOnlySet<Type> Of(Type type)
    {
        var used = new HashSet<Type>();
        foreach (var declared in WithNested(type))
        {
            foreach (var t in Direct(declared))
            {
                Add(used, t);
            }
        }

        return used;
    }

    private static IEnumerable<Type> WithNested(Type type) =>
        type.GetNestedTypes(Declared).SelectMany(WithNested).Prepend(type);

    private static IEnumerable<Type> Direct(Type type)
    {
        if (type.BaseType is not null)
        {
            yield return type.BaseType;
        }

        foreach (var t in type.GetInterfaces().Concat(Attributes(type.CustomAttributes)).Concat(Constraints(type.GetGenericArguments())))
        {
            yield return t;
        }

        foreach (var field in type.GetFields(Declared))
        {
            yield return field.FieldType;
            foreach (var t in Attributes(field.CustomAttributes))
            {
                yield return t;
            }
        }

        foreach (var property in type.GetProperties(Declared))
        {
            yield return property.PropertyType;
            foreach (var t in Attributes(property.CustomAttributes))
            {
                yield return t;
            }
        }

        foreach (var @event in type.GetEvents(Declared))
        {
            if (@event.EventHandlerType is { } handler)
            {
                yield return handler;
            }
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            foreach (var t in Signature(method).Concat(Body(method)))
            {
                yield return t;
            }
        }
    }

    private static IEnumerable<Type> Signature(MethodBase method)
    {
        if (method is MethodInfo info)
        {
            yield return info.ReturnType;
            foreach (var t in Attributes(info.ReturnParameter.CustomAttributes))
            {
                yield return t;
            }
        }

        foreach (var parameter in method.GetParameters())
        {
            yield return parameter.ParameterType;
            foreach (var t in Attributes(parameter.CustomAttributes))
            {
                yield return t;
            }
        }

        var generic = method.IsGenericMethodDefinition ? method.GetGenericArguments() : [];
        foreach (var t in Attributes(method.CustomAttributes).Concat(Constraints(generic)))
        {
            yield return t;
        }
    }

    private static IEnumerable<Type> Body(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            yield break;
        }

        foreach (var local in body.LocalVariables)
        {
            yield return local.LocalType;
        }

        foreach (var clause in body.ExceptionHandlingClauses)
        {
            if (clause.Flags == ExceptionHandlingClauseOptions.Clause && clause.CatchType is { } caught)
            {
                yield return caught;
            }
        }

        var typeArguments = method.DeclaringType?.GetGenericArguments() ?? [];
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : [];
        foreach (var token in Tokens(body.GetILAsByteArray() ?? []))
        {
            foreach (var t in Member(method.Module.ResolveMember(token, typeArguments, methodArguments)))
            {
                yield return t;
            }
        }
    }

    // The metadata tokens of the instructions that name a type, field or method.
    private static IEnumerable<int> Tokens(byte[] il)
    {
        for (var i = 0; i < il.Length;)
        {
            var value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            var opCode = OpCodesByValue[value];
            switch (opCode.OperandType)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok:
                    yield return BitConverter.ToInt32(il, i);
                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                default:
                    i += OperandSize(opCode.OperandType);
                    break;
            }
        }
    }

    private static int OperandSize(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };

    private static IEnumerable<Type> Member(MemberInfo? member)
    {
        switch (member)
        {
            case Type type:
                yield return type;
                break;
            case FieldInfo field:
                yield return field.DeclaringType!;
                yield return field.FieldType;
                break;
            case MethodBase method:
                if (method.DeclaringType is { } declaring)
                {
                    yield return declaring;
                }

                if (method is MethodInfo info)
                {
                    yield return info.ReturnType;
                    foreach (var t in method.IsGenericMethod ? info.GetGenericArguments() : [])
                    {
                        yield return t;
                    }
                }

                foreach (var parameter in method.GetParameters())
                {
                    yield return parameter.ParameterType;
                }

                break;
        }
    }

    private static IEnumerable<Type> Attributes(IEnumerable<CustomAttributeData> attributes) =>
        attributes.SelectMany(a => a.ConstructorArguments.Concat(a.NamedArguments.Select(n => n.TypedValue))
            .Select(argument => argument.Value).OfType<Type>().Prepend(a.AttributeType));

    private static IEnumerable<Type> Constraints(Type[] genericParameters) =>
        genericParameters.Where(p => p.IsGenericParameter).SelectMany(p => p.GetGenericParameterConstraints());

    // Arrays, pointers, by-refs and generic instances count as the types they are made of.
    private static void Add(HashSet<Type> used, Type type)
    {
        if (type.HasElementType)
        {
            Add(used, type.GetElementType()!);
            return;
        }

        if (type.IsGenericParameter || !used.Add(type))
        {
            return;
        }

        if (type.IsConstructedGenericType)
        {
            Add(used, type.GetGenericTypeDefinition());
            foreach (var argument in type.GetGenericArguments())
            {
                Add(used, argument);
            }
        }
    }
}
