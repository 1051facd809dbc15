/** The reader's theme choice: follow the system, or light, or dark. */
export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'cloudscope.theme';

function stored(): ThemeChoice {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

class Theme {
  choice = $state<ThemeChoice>(typeof localStorage === 'undefined' ? 'system' : stored());

  /** The theme in force (the system's, when following it). */
  get resolved(): 'light' | 'dark' {
    if (this.choice !== 'system') return this.choice;
    return typeof matchMedia !== 'undefined' && matchMedia('(prefers-color-scheme: dark)').matches
      ? 'dark'
      : 'light';
  }

  set(choice: ThemeChoice): void {
    this.choice = choice;
    try {
      if (choice === 'system') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, choice);
    } catch {
      // Private mode: lasts for this visit.
    }
    this.apply();
  }

  /** Cycles system → light → dark → system. */
  next(): void {
    this.set(this.choice === 'system' ? 'light' : this.choice === 'light' ? 'dark' : 'system');
  }

  apply(): void {
    if (typeof document === 'undefined') return;
    if (this.choice === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = this.choice;
  }
}

export const theme = new Theme();
