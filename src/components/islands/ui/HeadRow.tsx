/** A table's head: one row of column headings; a missing (null or empty) heading is left out. */
export default function HeadRow({ headings }: { headings: readonly (string | null)[] }) {
  return (
    <thead>
      <tr>
        {headings.map(
          (heading) =>
            heading && (
              <th scope="col" key={heading}>
                {heading}
              </th>
            ),
        )}
      </tr>
    </thead>
  );
}
