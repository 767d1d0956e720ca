package org.thesisbot;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Finds where source code lets an iteration order that changes from one JVM start to the next reach anything it
 * produces. {@code Map.of}, {@code Map.ofEntries}, {@code Map.copyOf}, {@code Set.of} and {@code Set.copyOf} (and
 * {@code Collectors.toUnmodifiableSet/Map}, which build them) iterate in an order salted per start
 * ({@code ImmutableCollections.SALT}); a {@code HashMap}, {@code HashSet} or {@code IdentityHashMap} keyed by enums or
 * other identity-hashed objects iterates in the order of their identity hash codes, which differ per start too. A
 * {@code HashMap} or {@code HashSet} of strings, numbers or dates does not: {@code String.hashCode} is specified, so its
 * order is the same on every start, and it is not this scan's concern.
 * <p>
 * Such a collection, once built, may be asked what it holds ({@code get}, {@code contains}, {@code isEmpty}, {@code size}
 * …), copied into another unordered or self-ordering collection ({@code Set.copyOf}, {@code EnumMap}, {@code TreeSet} …),
 * or streamed into an answer that does not depend on order ({@code anyMatch}, {@code allMatch}, {@code noneMatch},
 * {@code count}, {@code collect(toUnmodifiableSet())}, or any chain with a {@code sorted} step). It is followed through
 * variables, fields, record components, method parameters and return values of the scanned sources. Anything else is a
 * finding: iterating it ({@code for}, {@code forEach}, {@code iterator}, {@code toString}, {@code String.join} …), copying it
 * into an ordered collection ({@code new ArrayList<>(it)}, {@code List.copyOf}, {@code addAll}/{@code putAll} into a list or
 * a linked collection), or handing it to code outside the scanned sources.
 * <p>
 * The scan follows collections, not collections held inside others: a map's values or a list of sets are out of its reach.
 */
final class SaltedOrder {
    /** Static factories whose result iterates in a per-start order (when they hold two elements or more). */
    private static final Set<String> SALTED_FACTORIES = Set.of("java.util.Map.of", "java.util.Map.ofEntries",
            "java.util.Map.copyOf", "java.util.Set.of", "java.util.Set.copyOf");
    /** Collectors whose result iterates in a per-start order. */
    private static final Set<String> SALTED_COLLECTORS = Set.of("java.util.stream.Collectors.toUnmodifiableSet",
            "java.util.stream.Collectors.toUnmodifiableMap");
    /** Methods of a collection that ask what it holds, whatever the order. */
    private static final Set<String> LOOKUPS = Set.of("get", "getOrDefault", "contains", "containsKey", "containsValue",
            "containsAll", "isEmpty", "size", "equals", "hashCode", "removeIf", "remove", "removeAll", "retainAll",
            // changes to it, which the rule does not follow: only where its order goes matters
            "add", "addAll", "put", "putAll", "putIfAbsent", "merge", "compute", "computeIfAbsent", "computeIfPresent", "clear");
    /** Methods of a collection that return a view in the collection's own order. */
    private static final Set<String> VIEWS = Set.of("keySet", "values", "entrySet");
    /** Methods that take a collection and only ask it what it holds. */
    private static final Set<String> ORDER_FREE_CONSUMERS = Set.of("contains", "containsAll", "removeAll", "retainAll",
            "equals", "requireNonNull", "hash");
    /** Wrappers that keep the order of what they wrap. */
    private static final Set<String> PASS_THROUGH = Set.of("java.util.Collections.unmodifiableSet",
            "java.util.Collections.unmodifiableMap", "java.util.Collections.unmodifiableCollection");
    /** Collections that order what they are given by themselves. */
    private static final Set<String> SELF_ORDERING = Set.of("java.util.EnumMap", "java.util.EnumSet", "java.util.TreeMap",
            "java.util.TreeSet", "java.util.SortedMap", "java.util.SortedSet", "java.util.NavigableMap",
            "java.util.NavigableSet");
    /** Stream steps that keep the stream a stream of the same elements in the same order (or fewer of them). */
    private static final Set<String> STREAM_STEPS = Set.of("filter", "map", "mapToInt", "mapToLong", "mapToDouble",
            "mapToObj", "flatMap", "distinct", "peek", "boxed", "limit", "skip");
    /** Terminal operations whose result does not depend on the order of the stream. */
    private static final Set<String> ORDER_FREE_TERMINALS = Set.of("anyMatch", "allMatch", "noneMatch", "count", "sum");

    private final Trees trees;
    private final JavacTask task;
    private final List<CompilationUnitTree> units = new ArrayList<>();
    /** Variables (fields, locals, parameters, record fields) and methods whose value may iterate in a salted order. */
    private final Set<Element> salted = new HashSet<>();
    private final Set<String> findings = new TreeSet<>();

    private SaltedOrder(JavacTask task, Iterable<? extends CompilationUnitTree> parsed) {
        this.task = task;
        this.trees = Trees.instance(task);
        parsed.forEach(units::add);
    }

    /** The findings in the Java sources under {@code root}, as {@code path:line: what}, sorted. */
    static List<String> scan(Path root, String classpath) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, Locale.ROOT, null)) {
            return scan(javac, fm, fm.getJavaFileObjectsFromPaths(files), classpath);
        }
    }

    /** The findings in one source given as text (for the scan's own tests). */
    static List<String> scanSource(String className, String source) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        JavaFileObject file = new SimpleJavaFileObject(java.net.URI.create("string:///" + className.replace('.', '/') + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, Locale.ROOT, null)) {
            return scan(javac, fm, List.of(file), System.getProperty("java.class.path"));
        }
    }

    private static List<String> scan(JavaCompiler javac, StandardJavaFileManager fm, Iterable<? extends JavaFileObject> files,
                                     String classpath) throws IOException {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavacTask task = (JavacTask) javac.getTask(null, fm, diagnostics, List.of("-proc:none", "-cp", classpath), null, files);
        Iterable<? extends CompilationUnitTree> parsed = task.parse();
        task.analyze();
        List<String> errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT)).toList();
        if (!errors.isEmpty()) {
            // without types the scan would see nothing: say so rather than pass
            throw new IllegalStateException("the sources did not compile for the scan:\n" + String.join("\n", errors));
        }
        SaltedOrder s = new SaltedOrder(task, parsed);
        int before;
        do {
            before = s.salted.size();
            s.units.forEach(u -> s.new Spread().scan(u, null));
        } while (s.salted.size() != before);
        s.units.forEach(u -> s.new Uses(u).scan(u, null));
        return List.copyOf(s.findings);
    }

    /** True if the expression at {@code path} yields a collection whose iteration order is salted per start. */
    private boolean isSalted(TreePath path) {
        Tree t = path.getLeaf();
        if (t instanceof ParenthesizedTree p) {
            return isSalted(new TreePath(path, p.getExpression()));
        }
        if (t instanceof TypeCastTree c) {
            return isSalted(new TreePath(path, c.getExpression()));
        }
        if (t instanceof ConditionalExpressionTree c) {
            return isSalted(new TreePath(path, c.getTrueExpression())) || isSalted(new TreePath(path, c.getFalseExpression()));
        }
        if (t instanceof IdentifierTree || t instanceof MemberSelectTree) {
            Element e = trees.getElement(path);
            return e != null && salted.contains(e);
        }
        if (t instanceof MethodInvocationTree mi) {
            Element e = trees.getElement(path);
            if (e == null) {
                return false;
            }
            if (salted.contains(e)) {
                return true;
            }
            String name = qualified(e);
            if (SALTED_FACTORIES.contains(name)) {
                return !small(mi, name);
            }
            if (PASS_THROUGH.contains(name)) {
                return isSalted(new TreePath(path, mi.getArguments().get(0)));
            }
            if (mi.getMethodSelect() instanceof MemberSelectTree ms) {
                String m = ms.getIdentifier().toString();
                TreePath receiver = new TreePath(path, ms.getExpression());
                if (VIEWS.contains(m) && isSalted(receiver)) {
                    return true;
                }
                if (m.equals("collect") && mi.getArguments().size() == 1
                        && mi.getArguments().get(0) instanceof MethodInvocationTree c
                        && SALTED_COLLECTORS.contains(qualified(trees.getElement(new TreePath(path, c))))) {
                    return true;
                }
            }
            return false;
        }
        if (t instanceof NewClassTree nc) {
            TypeMirror type = trees.getTypeMirror(path);
            String raw = rawName(type);
            if ((raw.equals("java.util.HashMap") || raw.equals("java.util.HashSet") || raw.equals("java.util.IdentityHashMap")
                    || raw.equals("java.util.concurrent.ConcurrentHashMap")) && identityHashed(type, raw)) {
                return true;
            }
            // a collection copied keeps the order of what it copies, unless it orders its elements itself
            return isCollection(type) && !isSequence(type) && !SELF_ORDERING.contains(raw) && nc.getArguments().size() == 1
                    && isSalted(new TreePath(path, nc.getArguments().get(0)));
        }
        return false;
    }

    /** {@code Set.of(a)}, {@code Map.of(k, v)} and empty ones iterate in the one order they can. */
    private static boolean small(MethodInvocationTree mi, String name) {
        int n = mi.getArguments().size();
        return switch (name) {
            case "java.util.Set.of" -> n <= 1 && !(n == 1 && mi.getArguments().get(0).getKind() == Tree.Kind.NEW_ARRAY);
            case "java.util.Map.of" -> n <= 2;
            case "java.util.Map.ofEntries" -> n <= 1;
            default -> false;
        };
    }

    /** A hash collection whose keys hash by identity (enums, or classes that do not override hashCode). */
    private boolean identityHashed(TypeMirror type, String raw) {
        if (raw.equals("java.util.IdentityHashMap")) {
            return true;
        }
        if (!(type instanceof DeclaredType d) || d.getTypeArguments().isEmpty()) {
            return false;
        }
        TypeMirror key = d.getTypeArguments().get(0);
        if (key.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeElement k = (TypeElement) task.getTypes().asElement(key);
        if (k.getKind() == ElementKind.ENUM) {
            return true;
        }
        if (k.getKind() == ElementKind.INTERFACE || k.getKind() == ElementKind.RECORD) {
            return false; // a record's hash is its components'; an interface's, its implementations'
        }
        for (TypeElement c = k; c != null && !c.getQualifiedName().contentEquals("java.lang.Object");
             c = c.getSuperclass().getKind() == TypeKind.DECLARED ? (TypeElement) task.getTypes().asElement(c.getSuperclass()) : null) {
            for (ExecutableElement m : ElementFilter.methodsIn(c.getEnclosedElements())) {
                if (m.getSimpleName().contentEquals("hashCode") && m.getParameters().isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean isCollection(TypeMirror t) {
        var types = task.getTypes();
        var elements = task.getElements();
        TypeMirror erased = types.erasure(t);
        return types.isAssignable(erased, types.erasure(elements.getTypeElement("java.util.Collection").asType()))
                || types.isAssignable(erased, types.erasure(elements.getTypeElement("java.util.Map").asType()));
    }

    /** A list, queue or deque: a collection whose order is its point. */
    private boolean isSequence(TypeMirror t) {
        var types = task.getTypes();
        var elements = task.getElements();
        if (t == null || t.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeMirror erased = types.erasure(t);
        return types.isAssignable(erased, types.erasure(elements.getTypeElement("java.util.List").asType()))
                || types.isAssignable(erased, types.erasure(elements.getTypeElement("java.util.Queue").asType()));
    }

    private static String rawName(TypeMirror t) {
        if (t instanceof DeclaredType d) {
            return ((TypeElement) d.asElement()).getQualifiedName().toString();
        }
        return "";
    }

    private static String qualified(Element e) {
        if (e == null) {
            return "";
        }
        Element owner = e.getEnclosingElement();
        return owner instanceof TypeElement t ? t.getQualifiedName() + "." + e.getSimpleName() : e.getSimpleName().toString();
    }

    /** Marks what a salted value flows into: variables, fields, parameters, record components and return values. */
    private final class Spread extends TreePathScanner<Void, Void> {
        private void mark(Element e) {
            if (e == null) {
                return;
            }
            salted.add(e);
            if (e.getKind() == ElementKind.PARAMETER && e.getEnclosingElement() instanceof ExecutableElement ctor
                    && ctor.getKind() == ElementKind.CONSTRUCTOR && ctor.getEnclosingElement().getKind() == ElementKind.RECORD) {
                // a record's canonical constructor parameter is its component: the field and the accessor
                for (RecordComponentElement rc : ((TypeElement) ctor.getEnclosingElement()).getRecordComponents()) {
                    if (rc.getSimpleName().equals(e.getSimpleName())) {
                        salted.add(rc.getAccessor());
                        ElementFilter.fieldsIn(ctor.getEnclosingElement().getEnclosedElements()).stream()
                                .filter(f -> f.getSimpleName().equals(e.getSimpleName())).forEach(salted::add);
                    }
                }
            }
        }

        @Override
        public Void visitVariable(VariableTree v, Void p) {
            if (v.getInitializer() != null && isSalted(new TreePath(getCurrentPath(), v.getInitializer()))) {
                mark(trees.getElement(getCurrentPath()));
            }
            return super.visitVariable(v, p);
        }

        @Override
        public Void visitAssignment(AssignmentTree a, Void p) {
            if (isSalted(new TreePath(getCurrentPath(), a.getExpression()))) {
                mark(trees.getElement(new TreePath(getCurrentPath(), a.getVariable())));
            }
            return super.visitAssignment(a, p);
        }

        @Override
        public Void visitReturn(ReturnTree r, Void p) {
            if (r.getExpression() != null && isSalted(new TreePath(getCurrentPath(), r.getExpression()))) {
                TreePath up = getCurrentPath();
                while (up != null && !(up.getLeaf() instanceof MethodTree) && !(up.getLeaf() instanceof LambdaExpressionTree)) {
                    up = up.getParentPath();
                }
                if (up != null && up.getLeaf() instanceof MethodTree) {
                    mark(trees.getElement(up));
                }
            }
            return super.visitReturn(r, p);
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree mi, Void p) {
            arguments(trees.getElement(getCurrentPath()), mi.getArguments());
            if (mi.getMethodSelect() instanceof MemberSelectTree ms
                    && (ms.getIdentifier().contentEquals("addAll") || ms.getIdentifier().contentEquals("putAll"))
                    && mi.getArguments().size() == 1 && isSalted(new TreePath(getCurrentPath(), mi.getArguments().get(0)))) {
                TreePath receiver = new TreePath(getCurrentPath(), ms.getExpression());
                if (!SELF_ORDERING.contains(rawName(trees.getTypeMirror(receiver))) && !isSequence(trees.getTypeMirror(receiver))) {
                    mark(trees.getElement(receiver)); // the receiver now holds them in their salted order
                }
            }
            return super.visitMethodInvocation(mi, p);
        }

        @Override
        public Void visitNewClass(NewClassTree nc, Void p) {
            arguments(trees.getElement(getCurrentPath()), nc.getArguments());
            return super.visitNewClass(nc, p);
        }

        /** A salted argument to a method of the scanned sources makes its parameter salted. */
        private void arguments(Element callee, List<? extends ExpressionTree> args) {
            if (!(callee instanceof ExecutableElement m) || trees.getTree(m) == null) {
                return;
            }
            List<? extends VariableElement> params = m.getParameters();
            for (int i = 0; i < args.size() && i < params.size(); i++) {
                if (isSalted(new TreePath(getCurrentPath(), args.get(i)))) {
                    mark(params.get(Math.min(i, params.size() - 1)));
                }
            }
        }
    }

    /** Reports every use of a salted value that lets its order out. */
    private final class Uses extends TreePathScanner<Void, Void> {
        private final CompilationUnitTree unit;

        Uses(CompilationUnitTree unit) {
            this.unit = unit;
        }

        @Override
        public Void visitIdentifier(IdentifierTree t, Void p) {
            check(getCurrentPath());
            return super.visitIdentifier(t, p);
        }

        @Override
        public Void visitMemberSelect(MemberSelectTree t, Void p) {
            check(getCurrentPath());
            return super.visitMemberSelect(t, p);
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree t, Void p) {
            check(getCurrentPath());
            return super.visitMethodInvocation(t, p);
        }

        @Override
        public Void visitNewClass(NewClassTree t, Void p) {
            check(getCurrentPath());
            return super.visitNewClass(t, p);
        }

        private void check(TreePath path) {
            Tree leaf = path.getLeaf();
            if (leaf instanceof MemberSelectTree && path.getParentPath().getLeaf() instanceof MethodInvocationTree mi
                    && mi.getMethodSelect() == leaf) {
                return; // the method's name: its invocation is checked
            }
            if ((leaf instanceof IdentifierTree || leaf instanceof MemberSelectTree) && trees.getElement(path) != null
                    && !(trees.getElement(path) instanceof VariableElement)) {
                return;
            }
            if (!isSalted(path)) {
                return;
            }
            String problem = leak(path);
            if (problem != null) {
                long line = unit.getLineMap().getLineNumber(trees.getSourcePositions().getStartPosition(unit, leaf));
                String file = unit.getSourceFile().getName().replace('\\', '/');
                findings.add(file.substring(file.lastIndexOf('/') + 1) + ":" + line + ": " + problem + ": " + abbreviate(leaf));
            }
        }

        /** How the salted value at {@code path} lets its order out, or null when it does not. */
        private String leak(TreePath path) {
            TreePath up = path.getParentPath();
            Tree parent = up.getLeaf();
            Tree leaf = path.getLeaf();
            if (parent instanceof ParenthesizedTree || parent instanceof TypeCastTree || parent instanceof ConditionalExpressionTree) {
                return leak(up);
            }
            if (parent instanceof VariableTree || parent instanceof AssignmentTree && ((AssignmentTree) parent).getExpression() == leaf
                    || parent instanceof ReturnTree) {
                return null; // followed where it goes
            }
            if (parent instanceof AssignmentTree) {
                return null; // the variable assigned to
            }
            if (parent instanceof EnhancedForLoopTree) {
                return "iterated by a for loop";
            }
            if (parent instanceof BinaryTree) {
                return "turned into text";
            }
            if (parent instanceof MemberSelectTree ms && up.getParentPath().getLeaf() instanceof MethodInvocationTree call
                    && call.getMethodSelect() == ms) {
                String m = ms.getIdentifier().toString();
                if (LOOKUPS.contains(m) || VIEWS.contains(m)) {
                    return null; // a lookup; a view is checked as a salted value of its own
                }
                if (m.equals("stream") || m.equals("parallelStream")) {
                    return stream(up.getParentPath());
                }
                return "." + m + "()";
            }
            if (parent instanceof MethodInvocationTree call && call.getArguments().contains(leaf)) {
                Element callee = trees.getElement(up);
                String name = qualified(callee);
                String simple = callee == null ? "" : callee.getSimpleName().toString();
                if (ORDER_FREE_CONSUMERS.contains(simple) || SALTED_FACTORIES.contains(name) || SALTED_COLLECTORS.contains(name)
                        || PASS_THROUGH.contains(name)) {
                    return null;
                }
                if ((simple.equals("addAll") || simple.equals("putAll")) && call.getMethodSelect() instanceof MemberSelectTree ms) {
                    TypeMirror receiver = trees.getTypeMirror(new TreePath(up, ms.getExpression()));
                    // into a list it is in that order for good; into a set or map, that collection is followed (or orders itself)
                    return isSequence(receiver) ? "copied into a " + rawName(receiver) : null;
                }
                if (callee != null && trees.getTree(callee) != null) {
                    return null; // a method of the scanned sources: its parameter is followed
                }
                if (callee instanceof ExecutableElement m && !m.getParameters().isEmpty() && m.getParameters()
                        .get(Math.min(call.getArguments().indexOf(leaf), m.getParameters().size() - 1)).asType().getKind() == TypeKind.TYPEVAR) {
                    return null; // held as an element (List.of(a, b), Map.entry(k, v)): out of the scan's reach
                }
                return "handed to " + name;
            }
            if (parent instanceof NewClassTree nc && nc.getArguments().contains(leaf)) {
                Element callee = trees.getElement(up);
                String raw = rawName(trees.getTypeMirror(up));
                if (isSequence(trees.getTypeMirror(up))) {
                    return "copied into a new " + raw;
                }
                if (SELF_ORDERING.contains(raw) || isSalted(up)) {
                    return null; // ordered by the new collection, or followed as a salted copy
                }
                if (callee != null && trees.getTree(callee) != null) {
                    return null;
                }
                return "copied into a new " + raw;
            }
            return null; // a lambda's result (a map's values, say): held in another collection, out of the scan's reach
        }

        /** A stream of a salted collection: fine when it is sorted or ends in an order-free result. */
        private String stream(TreePath streamCall) {
            TreePath at = streamCall;
            while (true) {
                TreePath up = at.getParentPath();
                if (!(up.getLeaf() instanceof MemberSelectTree ms) || !(up.getParentPath().getLeaf() instanceof MethodInvocationTree)) {
                    return "streamed";
                }
                String m = ms.getIdentifier().toString();
                TreePath call = up.getParentPath();
                if (m.startsWith("sorted") || ORDER_FREE_TERMINALS.contains(m)) {
                    return null;
                }
                if (m.equals("collect") && isSalted(call)) {
                    return null; // into another salted collection, which is followed
                }
                if (!STREAM_STEPS.contains(m)) {
                    return "streamed into ." + m + "()";
                }
                at = call;
            }
        }

        private String abbreviate(Tree t) {
            String s = t.toString().replaceAll("\\s+", " ");
            return s.length() > 80 ? s.substring(0, 80) + "…" : s;
        }
    }

    public static void main(String[] args) throws IOException {
        scan(Path.of(args[0]), args[1]).forEach(System.out::println);
    }
}
