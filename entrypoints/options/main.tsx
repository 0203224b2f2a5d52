import { render } from 'preact';
import { Options } from '../../components/Options';
import '../../components/pages.css';

render(<Options />, document.getElementById('app')!);
