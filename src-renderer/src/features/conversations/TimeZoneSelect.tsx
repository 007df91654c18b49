// The meeting's time zone. Only the chosen zone is an option until the field is reached, so opening a
// conversation never builds hundreds of options nobody looks at.
import { useState } from 'react';
import { timeZoneNames, zoneLabel } from './timeZoneChoice';

interface Props {
  id: string;
  value: string;
  describedBy?: string;
  onChange(zone: string): void;
}

export function TimeZoneSelect({ id, value, describedBy, onChange }: Props) {
  const [all, setAll] = useState(false);
  const zones = all ? timeZoneNames() : [value];
  const expand = () => setAll(true);
  return (
    <select
      id={id}
      className="ladder-input"
      value={value}
      aria-describedby={describedBy}
      onFocus={expand}
      onPointerDown={expand}
      onChange={(e) => onChange(e.target.value)}
    >
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {zoneLabel(zone)}
        </option>
      ))}
    </select>
  );
}
