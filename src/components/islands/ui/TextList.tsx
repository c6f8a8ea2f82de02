/**
 * A list of strings someone typed or a file brought, each rendered as text and isolated
 * (`dir="auto"`), so a right-to-left override in one line cannot reorder the others.
 */
export default function TextList({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i} dir="auto">
          {item}
        </li>
      ))}
    </ul>
  );
}
