import { stripBidiControls, stripControls } from '~/lib/text';
import cases from '../tables/strip-controls.json';
import { named, tableTest, type Row } from '../support/table';

// Rows: name, input, expected output.
type Case = Row<[name: string, input: string], string>;
tableTest('stripBidiControls: %s', named(stripBidiControls), cases.stripBidiControls as Case[]);
tableTest('stripControls: %s', named(stripControls), cases.stripControls as Case[]);
