package io.disputeflow.process;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The variable names a process uses in its expressions and variable mappings, with the element they are used in: the
 * same reading as {@code ModelContractTest} (an identifier followed by {@code .} or {@code (} is a bean, a method or
 * a property, not a variable; delegate expressions name beans), applied to the XML of one process.
 */
final class ExpressionVariables {

    /** A variable used in the model: the name, the flow element it is used in (id and name) and where. */
    record Use(String variable, String elementId, String elementName, String where) {
    }

    /** Names an expression may use that are not process variables: the engine's context objects and JUEL words. */
    static final Set<String> CONTEXT = Set.of("execution", "task", "true", "false", "null", "empty", "not", "and",
            "or", "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof");

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    private static final Pattern IDENTIFIER = Pattern.compile(
            "'[^']*'|\"[^\"]*\"|(?<![.\\w])([A-Za-z_]\\w*)(?!\\s*[.(\\w])");
    private static final Pattern NAME = Pattern.compile("\\w+");

    private ExpressionVariables() {
    }

    /**
     * Every variable the process element (a W3C DOM element of the BPMN file) and its children use, each with the
     * nearest enclosing element whose id {@code isFlowElement} accepts (a task, event, flow), not an event definition.
     */
    static Set<Use> in(org.w3c.dom.Element process, Predicate<String> isFlowElement) {
        Set<Use> uses = new LinkedHashSet<>();
        new Walk(isFlowElement, uses).collect(process, process.getAttribute("id"), process.getAttribute("name"));
        return uses;
    }

    /** The names of local input parameters: a step may use them in its own expressions. */
    static Set<String> inputParameters(org.w3c.dom.Element process) {
        Set<String> names = new LinkedHashSet<>();
        var parameters = process.getElementsByTagNameNS(CAMUNDA, "inputParameter");
        for (int i = 0; i < parameters.getLength(); i++) {
            names.add(((org.w3c.dom.Element) parameters.item(i)).getAttribute("name"));
        }
        return names;
    }

    /** The identifiers of one expression text (with or without {@code ${}}) that {@code known} does not accept. */
    static Set<String> unknownIdentifiers(String expression, Predicate<String> known) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher identifier = IDENTIFIER.matcher(expression);
        while (identifier.find()) {
            String name = identifier.group(1);
            if (name != null && !CONTEXT.contains(name) && !known.test(name)) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    /** The closest of {@code candidates} to a mistyped name, at most two letters away; null if none is. */
    static String closest(String name, Set<String> candidates) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : candidates) {
            int distance = distance(name.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private record Walk(Predicate<String> isFlowElement, Set<Use> uses) {

    void collect(org.w3c.dom.Element node, String elementId, String elementName) {
            String local = node.getLocalName();
            if ("documentation".equals(local) || "textAnnotation".equals(local) || "script".equals(local)) {
                return;
            }
            if (node.hasAttribute("id") && isFlowElement.test(node.getAttribute("id"))) {
                elementId = node.getAttribute("id");
                elementName = node.hasAttribute("name") ? node.getAttribute("name") : null;
            }
            NamedNodeMap attributes = node.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
                String value = attribute.getValue();
                if ("delegateExpression".equals(name) || XMLNS.equals(attribute.getNamespaceURI())) {
                    continue;
                }
                boolean mapping = CAMUNDA.equals(node.getNamespaceURI()) && ("in".equals(local) || "out".equals(local))
                        && ("source".equals(name) || "target".equals(name));
                boolean written = "resultVariable".equals(name)
                        || ("outputParameter".equals(local) && "name".equals(name));
                if ((mapping || written) && NAME.matcher(value).matches()) {
                    uses.add(new Use(value, elementId, elementName, value));
                } else {
                    expressions(value, elementId, elementName);
                }
            }
            boolean leaf = true;
            for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof org.w3c.dom.Element element) {
                    leaf = false;
                    collect(element, elementId, elementName);
                }
            }
            if (leaf) {
                expressions(node.getTextContent(), elementId, elementName);
            }
        }

        void expressions(String text, String elementId, String elementName) {
            if (text == null) {
                return;
            }
            Matcher expression = EXPRESSION.matcher(text);
            while (expression.find()) {
                for (String variable : unknownIdentifiers(expression.group(1), name -> false)) {
                    uses.add(new Use(variable, elementId, elementName, expression.group()));
                }
            }
        }
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
