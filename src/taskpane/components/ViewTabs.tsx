import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from '@fluentui/react-components';
import { MoreHorizontalRegular } from '@fluentui/react-icons';

export interface ViewTab<K extends string> {
  readonly key: K;
  readonly label: string;
}

interface ViewTabsProps<K extends string> {
  readonly tabs: readonly ViewTab<K>[];
  readonly selected: K;
  readonly onSelect: (key: K) => void;
  readonly className?: string;
  readonly tabClassName?: string;
}

function MoreItem<K extends string>({ tab, onSelect }: { tab: ViewTab<K>; onSelect: (key: K) => void }) {
  const visible = useIsOverflowItemVisible(tab.key);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(tab.key)}>{tab.label}</MenuItem>;
}

/** The menu of the views that do not fit on the line. */
function MoreViews<K extends string>({
  tabs,
  onSelect,
}: {
  tabs: readonly ViewTab<K>[];
  onSelect: (key: K) => void;
}) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          appearance="transparent"
          size="small"
          icon={<MoreHorizontalRegular />}
          aria-label={`${overflowCount} more view${overflowCount === 1 ? '' : 's'}`}
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {tabs.map((t) => (
            <MoreItem key={t.key} tab={t} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/**
 * The pane's views as tabs on one line, however narrow the pane: views that do not fit go to a '…' menu
 * (Fluent's TabList with Overflow); the selected view always stays on the line.
 */
export function ViewTabs<K extends string>({
  tabs,
  selected,
  onSelect,
  className,
  tabClassName,
}: ViewTabsProps<K>) {
  return (
    <Overflow minimumVisible={2}>
      <TabList
        className={className}
        size="small"
        selectedValue={selected}
        onTabSelect={(_, data) => onSelect(data.value as K)}
        aria-label="Views"
      >
        {tabs.map((t) => (
          <OverflowItem key={t.key} id={t.key} priority={t.key === selected ? 2 : 1}>
            <Tab className={tabClassName} value={t.key} id={`tab-${t.key}`} aria-controls={`panel-${t.key}`}>
              {t.label}
            </Tab>
          </OverflowItem>
        ))}
        <MoreViews tabs={tabs} onSelect={onSelect} />
      </TabList>
    </Overflow>
  );
}
