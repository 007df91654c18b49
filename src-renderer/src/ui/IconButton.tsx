import { forwardRef, type ButtonHTMLAttributes } from 'react';
import { Codicon } from './Codicon';

export interface IconButtonProps extends Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'aria-label'
> {
  icon: string;
  /** Required: an icon alone says nothing to a screen reader. */
  'aria-label': string;
}

/** A small square button showing one codicon; its label doubles as the tooltip. */
export const IconButton = forwardRef<HTMLButtonElement, IconButtonProps>(function IconButton(
  { icon, className, title, type = 'button', ...rest },
  ref,
) {
  return (
    <button
      ref={ref}
      type={type}
      className={`icon-button${className ? ` ${className}` : ''}`}
      title={title ?? rest['aria-label']}
      {...rest}
    >
      <Codicon name={icon} />
    </button>
  );
});
