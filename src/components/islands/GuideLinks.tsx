/** A list of links to guides by id; ids without a link (a hidden track) are left out. */
interface Props {
  ids: readonly string[];
  guides: Record<string, { title: string; href: string }>;
}

export default function GuideLinks({ ids, guides }: Props) {
  return (
    <ul>
      {ids.map((id) => {
        const guide = guides[id];
        return guide ? (
          <li key={id}>
            <a href={guide.href}>{guide.title}</a>
          </li>
        ) : null;
      })}
    </ul>
  );
}
