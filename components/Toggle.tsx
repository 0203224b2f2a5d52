import { Component, type ComponentChildren } from 'preact';

interface Props {
  children: (on: boolean, set: (on: boolean) => void) => ComponentChildren;
}

/**
 * One on/off state for a small disclosure ("Waarom?", "Ik kan het niet vinden"), as a class:
 * the layers on host pages then need no preact/hooks, which keeps the content scripts small.
 */
export class Toggle extends Component<Props, { on: boolean }> {
  override state = { on: false };
  private set = (on: boolean) => this.setState({ on });
  override render() {
    return this.props.children(this.state.on, this.set);
  }
}
